/**
 * Draws the microphone's level as moving bars on a canvas while it records, so the user sees it
 * hears them. Returns a function that stops drawing and releases its audio context.
 */
export function drawLiveWaveform(canvas: HTMLCanvasElement, stream: MediaStream, color: string): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  const source = context.createMediaStreamSource(stream);
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const bars: number[] = [];
  let frame = 0;
  const draw = (): void => {
    frame = requestAnimationFrame(draw);
    analyser.getFloatTimeDomainData(samples);
    let peak = 0;
    for (const s of samples) peak = Math.max(peak, Math.abs(s));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const width = (canvas.width = canvas.clientWidth * devicePixelRatio);
    const height = (canvas.height = canvas.clientHeight * devicePixelRatio);
    const step = 5 * devicePixelRatio;
    bars.push(peak);
    while (bars.length > Math.ceil(width / step)) bars.shift();
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = color;
    bars.forEach((level, i) => {
      const h = Math.max(2 * devicePixelRatio, Math.min(1, level * 1.5) * height);
      ctx.fillRect(width - (bars.length - i) * step, (height - h) / 2, 2 * devicePixelRatio, h);
    });
  };
  draw();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  return () => {
    cancelAnimationFrame(frame);
    source.disconnect();
    void context.close().catch(() => undefined);
  };
}
