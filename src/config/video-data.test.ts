import { describe, expect, it } from 'vitest';
import { normalizeConfig } from './normalize.js';
import config631 from '../testing/fixtures/interface-6.31.config.json';
import config427 from '../testing/fixtures/interface-4.27.config.json';

/** A config with one Video block added, as the given server version sends it. */
function withVideo(base: Record<string, unknown>, version: string) {
  const components = [...(base.components as unknown[]), { id: 99, type: 'video', props: { label: 'V' } }];
  return { ...base, version, components };
}

describe('Video value shape by version', () => {
  it('4.x and 5.x videos take {video, subtitles} back; 6.x videos their FileData', () => {
    const v4 = normalizeConfig(withVideo(config427, '4.27.0'), 'http://x');
    expect(v4.components.get(99)!.props.video_data_value).toBe(true);
    const v5 = normalizeConfig(withVideo(config427, '5.49.1'), 'http://x');
    expect(v5.components.get(99)!.props.video_data_value).toBe(true);
    const v6 = normalizeConfig(withVideo(config631, '6.31.0'), 'http://x');
    expect(v6.components.get(99)!.props.video_data_value).toBeUndefined();
  });
});
