/**
 * A deterministic, streaming generator of realistic test data for the portal: {@link
 * vn.dangbo.portal.datagen.DataGenerator} emits {@link vn.dangbo.portal.datagen.record.GeneratedRecord}s
 * to a {@link vn.dangbo.portal.datagen.sink.DataSink}; {@link vn.dangbo.portal.datagen.Main} writes CSV.
 * The {@code internal} package holds how it is done and is not API.
 */
package vn.dangbo.portal.datagen;
