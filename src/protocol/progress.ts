// Protocol: model loading progress, as a discriminated union the UI can render.

export type LoadProgress =
  | { status: 'initiate'; file: string }
  | { status: 'download'; file: string }
  | { status: 'progress'; file: string; loaded: number; total: number }
  | { status: 'done'; file: string }
  | { status: 'ready'; model: string; backend: 'wasm' | 'webgpu' | 'node' };
