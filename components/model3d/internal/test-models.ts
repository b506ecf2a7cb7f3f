/** Test-only: tiny 3D models as data URLs (a tetrahedron), in the formats the viewer reads. */
const POSITIONS = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1];
const INDICES = [0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3];

const dataUrl = (bytes: Uint8Array, type: string): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:${type};base64,${btoa(binary)}`;
};

export function objModel(): string {
  const lines = [];
  for (let i = 0; i < POSITIONS.length; i += 3)
    lines.push(`v ${POSITIONS[i]} ${POSITIONS[i + 1]} ${POSITIONS[i + 2]}`);
  for (let i = 0; i < INDICES.length; i += 3)
    lines.push(`f ${INDICES[i]! + 1} ${INDICES[i + 1]! + 1} ${INDICES[i + 2]! + 1}`);
  return dataUrl(new TextEncoder().encode(lines.join('\n')), 'text/plain');
}

export function stlModel(): string {
  const facets = [];
  for (let i = 0; i < INDICES.length; i += 3) {
    const vs = [0, 1, 2]
      .map((k) => INDICES[i + k]! * 3)
      .map((o) => `vertex ${POSITIONS[o]} ${POSITIONS[o + 1]} ${POSITIONS[o + 2]}`);
    facets.push(`facet normal 0 0 0\nouter loop\n${vs.join('\n')}\nendloop\nendfacet`);
  }
  return dataUrl(new TextEncoder().encode(`solid t\n${facets.join('\n')}\nendsolid t\n`), 'text/plain');
}

/** A binary glTF (GLB) holding the tetrahedron. */
export function glbModel(): string {
  const positions = new Float32Array(POSITIONS);
  const indices = new Uint16Array(INDICES);
  const bin = new Uint8Array(positions.byteLength + indices.byteLength);
  bin.set(new Uint8Array(positions.buffer), 0);
  bin.set(new Uint8Array(indices.buffer), positions.byteLength);
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
    buffers: [{ byteLength: bin.byteLength }],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.byteLength },
      { buffer: 0, byteOffset: positions.byteLength, byteLength: indices.byteLength },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 4, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 1] },
      { bufferView: 1, componentType: 5123, count: 12, type: 'SCALAR' },
    ],
  };
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const jsonBytes = new TextEncoder().encode(text);
  const binPadded = new Uint8Array(Math.ceil(bin.length / 4) * 4);
  binPadded.set(bin);
  const total = 12 + 8 + jsonBytes.length + 8 + binPadded.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonBytes.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonBytes, 20);
  const at = 20 + jsonBytes.length;
  view.setUint32(at, binPadded.length, true);
  view.setUint32(at + 4, 0x004e4942, true);
  out.set(binPadded, at + 8);
  return dataUrl(out, 'model/gltf-binary');
}

/** A `.splat` file: `n` splats in a row (32 bytes each: position, scale, RGBA, rotation). */
export function splatModel(n = 50): string {
  const out = new Uint8Array(n * 32);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    const o = i * 32;
    view.setFloat32(o, i / n, true);
    view.setFloat32(o + 12, 0.02, true);
    view.setFloat32(o + 16, 0.02, true);
    view.setFloat32(o + 20, 0.02, true);
    out.set([255, 128, 0, 255], o + 24);
    out.set([255, 128, 128, 128], o + 28);
  }
  return dataUrl(out, 'application/octet-stream');
}
