/**
 * The public API of og-render: {@link dev.ogrender.api.OgRenderer}, {@link dev.ogrender.api.Template},
 * {@link dev.ogrender.api.RenderResult} and the {@link dev.ogrender.api.RenderException} family.
 * Every other package of og-render-core is internal and may change without notice.
 */
package dev.ogrender.api;
