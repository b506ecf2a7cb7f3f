/**
 * The three.js side of gr.Model3D, loaded (with three.js) only when a model3d block has a model
 * to show. Meshes (glTF/GLB, OBJ, STL, PLY) draw with WebGLRenderer; Gaussian splats (.splat,
 * and PLY files holding splats) with three's own GaussianSplat on WebGPURenderer (WebGL2 where
 * the browser has no WebGPU). Frames are drawn on demand (a camera move, a resize) unless the
 * model animates.
 */
import type { BufferGeometry, Material, Object3D } from 'three';
import {
  AmbientLight,
  AnimationMixer,
  Box3,
  Color,
  DirectionalLight,
  Group,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Points,
  PointsMaterial,
  Scene,
  Sphere,
  Spherical,
  Timer,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

export type DisplayMode = 'solid' | 'point_cloud' | 'wireframe';

export interface ViewerOptions {
  /** RGBA, each 0–1; transparent when null. */
  clearColor: readonly number[] | null;
  displayMode: DisplayMode;
  /** `[alpha, beta, radius]`: degrees round the vertical axis and from it, and the distance. */
  cameraPosition: readonly (number | null)[] | null;
  zoomSpeed: number;
  panSpeed: number;
}

/** Why a model did not show, written for the user. */
export class ModelError extends Error {
  override name = 'ModelError';
}

type Format = 'glb' | 'gltf' | 'obj' | 'stl' | 'ply' | 'splat';

export function formatOf(name: string): Format | null {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  return ext && ['glb', 'gltf', 'obj', 'stl', 'ply', 'splat'].includes(ext) ? (ext as Format) : null;
}

/** A PLY header naming Gaussian splat properties (`f_dc_0`, `scale_0`, `rot_0`). */
export function isSplatPly(bytes: ArrayBuffer): boolean {
  const head = new TextDecoder().decode(bytes.slice(0, Math.min(bytes.byteLength, 4096)));
  const end = head.indexOf('end_header');
  const header = end >= 0 ? head.slice(0, end) : head;
  return /property\s+\w+\s+(f_dc_0|scale_0|rot_0)\b/.test(header);
}

interface RendererLike {
  setPixelRatio(ratio: number): void;
  setSize(width: number, height: number, updateStyle?: boolean): void;
  setClearColor(color: Color, alpha?: number): void;
  render(scene: Scene, camera: PerspectiveCamera): unknown;
  setAnimationLoop(callback: (() => void) | null): unknown;
  dispose(): void;
}

export class ModelViewer {
  readonly #canvas: HTMLCanvasElement;
  readonly #scene = new Scene();
  readonly #camera = new PerspectiveCamera(45, 1, 0.01, 1000);
  #renderer: RendererLike | null = null;
  #controls: OrbitControls | null = null;
  #model: Object3D | null = null;
  #mixer: AnimationMixer | null = null;
  readonly #timer = new Timer();
  #options: ViewerOptions;
  #radius = 1;
  #resize: ResizeObserver | null = null;
  #frame = 0;
  #disposed = false;
  /** The camera moved since the model was framed (the reset button's state). */
  onMove: (() => void) | null = null;

  constructor(canvas: HTMLCanvasElement, options: ViewerOptions) {
    this.#canvas = canvas;
    this.#options = options;
    this.#scene.add(new AmbientLight(0xffffff, 1.2));
    const key = new DirectionalLight(0xffffff, 1.6);
    key.position.set(1, 2, 3);
    const fill = new DirectionalLight(0xffffff, 0.6);
    fill.position.set(-2, -1, -1);
    this.#scene.add(key, fill);
  }

  /** Loads a model from its URL; `name` gives its format. Throws ModelError with a message. */
  async load(url: string, name: string): Promise<void> {
    const format = formatOf(name) ?? formatOf(url);
    if (!format)
      throw new ModelError(
        `"${name}" is not a 3D format this viewer reads (glb, gltf, obj, stl, ply, splat).`,
      );
    let bytes: ArrayBuffer;
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bytes = await response.arrayBuffer();
    } catch {
      throw new ModelError(
        'The 3D model could not be loaded: its file is missing or has expired on the server.',
      );
    }
    if (this.#disposed) return;
    const splat = format === 'splat' || (format === 'ply' && isSplatPly(bytes));
    let object: Object3D;
    try {
      object = splat ? await this.#parseSplat(format, bytes) : await this.#parseMesh(format, bytes, url);
    } catch (error) {
      if (error instanceof ModelError) throw error;
      throw new ModelError(`The 3D model could not be read: ${(error as Error).message || error}`);
    }
    if (this.#disposed) return;
    await this.#ensureRenderer(splat);
    this.#show(object);
  }

  async #parseMesh(format: Format, bytes: ArrayBuffer, url: string): Promise<Object3D> {
    switch (format) {
      case 'glb':
      case 'gltf': {
        const { GLTFLoader } = await import('three/addons/loaders/GLTFLoader.js');
        const base = url.slice(0, url.lastIndexOf('/') + 1);
        const gltf = await new GLTFLoader().parseAsync(
          format === 'glb' ? bytes : new TextDecoder().decode(bytes),
          base,
        );
        const root = gltf.scene;
        if (gltf.animations.length) {
          this.#mixer = new AnimationMixer(root);
          for (const clip of gltf.animations) this.#mixer.clipAction(clip).play();
        }
        return root;
      }
      case 'obj': {
        const { OBJLoader } = await import('three/addons/loaders/OBJLoader.js');
        return new OBJLoader().parse(new TextDecoder().decode(bytes));
      }
      case 'stl': {
        const { STLLoader } = await import('three/addons/loaders/STLLoader.js');
        const geometry = new STLLoader().parse(bytes);
        const colors = geometry.getAttribute('color') !== undefined;
        return new Mesh(geometry, new MeshStandardMaterial({ color: 0xb0b0b0, vertexColors: colors }));
      }
      case 'ply': {
        const { PLYLoader } = await import('three/addons/loaders/PLYLoader.js');
        const geometry = new PLYLoader().parse(bytes);
        const colors = geometry.getAttribute('color') !== undefined;
        if (!geometry.index && !geometry.getAttribute('normal')) {
          // Vertices only: a point cloud.
          return new Points(
            geometry,
            new PointsMaterial({ size: 0.01, sizeAttenuation: true, vertexColors: colors }),
          );
        }
        if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
        return new Mesh(
          geometry,
          new MeshStandardMaterial({ color: colors ? 0xffffff : 0xb0b0b0, vertexColors: colors }),
        );
      }
      default:
        throw new ModelError('Unsupported 3D format.');
    }
  }

  async #parseSplat(format: Format, bytes: ArrayBuffer): Promise<Object3D> {
    const [{ GaussianSplat }, loaders] = await Promise.all([
      import('three/addons/objects/GaussianSplat.js'),
      format === 'splat'
        ? import('three/addons/loaders/SPLATLoader.js').then((m) => new m.SPLATLoader())
        : import('three/addons/loaders/GaussianSplatPLYLoader.js').then(
            (m) => new m.GaussianSplatPLYLoader(),
          ),
    ]);
    const geometry = (loaders as unknown as { parse(data: ArrayBuffer): BufferGeometry }).parse(bytes);
    return new GaussianSplat(geometry) as unknown as Object3D;
  }

  async #ensureRenderer(splat: boolean): Promise<void> {
    if (this.#renderer) return;
    if (splat) {
      const { WebGPURenderer } = await import('three/webgpu');
      const renderer = new WebGPURenderer({
        canvas: this.#canvas,
        antialias: true,
        alpha: true,
        forceWebGL: !('gpu' in navigator),
      });
      await renderer.init();
      this.#renderer = renderer as unknown as RendererLike;
    } else {
      this.#renderer = new WebGLRenderer({ canvas: this.#canvas, antialias: true, alpha: true });
    }
    this.#renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.#applyClearColor();
    const controls = new OrbitControls(this.#camera, this.#canvas);
    controls.zoomSpeed = this.#options.zoomSpeed;
    controls.panSpeed = this.#options.panSpeed;
    controls.addEventListener('change', () => {
      this.requestFrame();
      this.onMove?.();
    });
    this.#controls = controls;
    this.#resize = new ResizeObserver(() => this.#fit());
    this.#resize.observe(this.#canvas.parentElement ?? this.#canvas);
    this.#fit();
  }

  #show(object: Object3D): void {
    if (this.#model) this.#scene.remove(this.#model);
    // Without normals a mesh lights flat, one colour edge to edge: give it some.
    object.traverse((node) => {
      const mesh = node as Mesh;
      if (mesh.isMesh && mesh.geometry && !mesh.geometry.getAttribute('normal'))
        mesh.geometry.computeVertexNormals();
    });
    // Centred on the origin, so orbiting turns round the model.
    const holder = new Group();
    holder.add(object);
    const box = new Box3().setFromObject(object);
    const sphere = box.isEmpty() ? new Sphere(new Vector3(), 1) : box.getBoundingSphere(new Sphere());
    object.position.sub(sphere.center);
    this.#radius = Math.max(sphere.radius, 1e-3);
    this.#model = holder;
    this.#scene.add(holder);
    this.#applyDisplayMode();
    this.resetCamera();
    if (this.#mixer) {
      this.#renderer!.setAnimationLoop(() => {
        this.#timer.update();
        this.#mixer!.update(this.#timer.getDelta());
        this.#draw();
      });
    }
  }

  /** Where the camera goes for the model: `camera_position` where given, else a front view that fits. */
  resetCamera(): void {
    const [alphaDeg, betaDeg, radius] = this.#options.cameraPosition ?? [null, null, null];
    const fitted = (this.#radius / Math.sin(((this.#camera.fov / 2) * Math.PI) / 180)) * 1.1;
    const distance = typeof radius === 'number' && radius > 0 ? radius : fitted;
    const alpha = ((alphaDeg ?? 90) * Math.PI) / 180;
    const beta = ((betaDeg ?? 80) * Math.PI) / 180;
    this.#camera.position.set(
      distance * Math.cos(alpha) * Math.sin(beta),
      distance * Math.cos(beta),
      distance * Math.sin(alpha) * Math.sin(beta),
    );
    this.#camera.near = Math.max(distance / 1000, 1e-4);
    this.#camera.far = distance * 100 + this.#radius * 10;
    this.#camera.updateProjectionMatrix();
    this.#camera.lookAt(0, 0, 0);
    if (this.#controls) {
      this.#controls.target.set(0, 0, 0);
      this.#controls.update();
    }
    this.requestFrame();
  }

  /** Camera moves from the keyboard: rotate (degrees), zoom (factor), pan (fractions of the view). */
  rotate(dAlpha: number, dBeta: number): void {
    const target = this.#controls?.target ?? new Vector3();
    const offset = this.#camera.position.clone().sub(target);
    const s = new Spherical().setFromVector3(offset);
    s.theta -= (dAlpha * Math.PI) / 180;
    s.phi = Math.min(Math.PI - 1e-3, Math.max(1e-3, s.phi - (dBeta * Math.PI) / 180));
    this.#camera.position.copy(target).add(new Vector3().setFromSpherical(s));
    this.#camera.lookAt(target);
    this.#controls?.update();
    this.onMove?.();
    this.requestFrame();
  }

  zoom(factor: number): void {
    const target = this.#controls?.target ?? new Vector3();
    const offset = this.#camera.position
      .clone()
      .sub(target)
      .multiplyScalar(1 / Math.pow(factor, this.#options.zoomSpeed));
    this.#camera.position.copy(target).add(offset);
    this.#controls?.update();
    this.onMove?.();
    this.requestFrame();
  }

  pan(dx: number, dy: number): void {
    const target = this.#controls?.target;
    if (!target) return;
    const distance = this.#camera.position.distanceTo(target);
    const right = new Vector3().setFromMatrixColumn(this.#camera.matrix, 0);
    const up = new Vector3().setFromMatrixColumn(this.#camera.matrix, 1);
    const move = right
      .multiplyScalar(dx * distance * this.#options.panSpeed)
      .add(up.multiplyScalar(dy * distance * this.#options.panSpeed));
    this.#camera.position.add(move);
    target.add(move);
    this.#controls!.update();
    this.onMove?.();
    this.requestFrame();
  }

  setOptions(options: ViewerOptions): void {
    const previous = this.#options;
    this.#options = options;
    if (this.#controls) {
      this.#controls.zoomSpeed = options.zoomSpeed;
      this.#controls.panSpeed = options.panSpeed;
    }
    this.#applyClearColor();
    if (previous.displayMode !== options.displayMode) this.#applyDisplayMode();
    if (JSON.stringify(previous.cameraPosition) !== JSON.stringify(options.cameraPosition))
      this.resetCamera();
    this.requestFrame();
  }

  #applyClearColor(): void {
    const [r = 0, g = 0, b = 0, a = 0] = this.#options.clearColor ?? [];
    this.#renderer?.setClearColor(new Color(r, g, b), a);
  }

  /** Solid, wireframe, or the vertices as points (splats are always solid). */
  #applyDisplayMode(): void {
    const model = this.#model;
    if (!model) return;
    const mode = this.#options.displayMode;
    model.traverse((node) => {
      const mesh = node as Mesh & { isGaussianSplat?: boolean; userData: { points?: Points } };
      if (!mesh.isMesh || mesh.isGaussianSplat) return;
      for (const material of ([] as Material[]).concat(mesh.material)) {
        if ('wireframe' in material) (material as MeshStandardMaterial).wireframe = mode === 'wireframe';
      }
      if (mode === 'point_cloud' && !mesh.userData.points) {
        const points = new Points(
          mesh.geometry,
          new PointsMaterial({
            size: this.#radius / 200,
            vertexColors: mesh.geometry.getAttribute('color') !== undefined,
          }),
        );
        mesh.userData.points = points;
        mesh.add(points);
      }
      if (mesh.userData.points) mesh.userData.points.visible = mode === 'point_cloud';
      const materials = ([] as Material[]).concat(mesh.material);
      for (const material of materials) material.visible = mode !== 'point_cloud';
    });
    this.requestFrame();
  }

  #fit(): void {
    const renderer = this.#renderer;
    const parent = this.#canvas.parentElement;
    if (!renderer || !parent) return;
    const width = Math.max(1, parent.clientWidth);
    const height = Math.max(1, parent.clientHeight);
    renderer.setSize(width, height, false);
    this.#camera.aspect = width / height;
    this.#camera.updateProjectionMatrix();
    this.requestFrame();
  }

  /** Draws once, at the next animation frame. */
  requestFrame(): void {
    if (this.#frame || this.#mixer || this.#disposed) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw(): void {
    if (this.#renderer && !this.#disposed) this.#renderer.render(this.#scene, this.#camera);
  }

  /** Whether a model is in the scene (for tests). */
  get hasModel(): boolean {
    return this.#model !== null;
  }

  dispose(): void {
    this.#disposed = true;
    cancelAnimationFrame(this.#frame);
    this.#resize?.disconnect();
    this.#controls?.dispose();
    this.#renderer?.setAnimationLoop(null);
    this.#model?.traverse((node) => {
      const mesh = node as Mesh;
      if (!mesh.isMesh && !(node as Points).isPoints) return;
      mesh.geometry?.dispose();
      for (const material of ([] as Material[]).concat(mesh.material)) material?.dispose();
    });
    this.#renderer?.dispose();
    this.#renderer = null;
  }
}
