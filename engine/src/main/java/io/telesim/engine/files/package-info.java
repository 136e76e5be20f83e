/**
 * What the engine's appended files share: where each appender writes ({@link io.telesim.engine.files.AppendPoint})
 * and a thread that has the kernel ready their next pages before the appenders need them
 * ({@link io.telesim.engine.files.PageCacheWarmer}).
 */
package io.telesim.engine.files;
