/** Types of layer-rules.js, which eslint.config.js loads as plain JavaScript. */
export declare const LAYERS: string[];
export declare const FORBIDDEN: Record<string, string[]>;
export declare const layerRules: object[];
