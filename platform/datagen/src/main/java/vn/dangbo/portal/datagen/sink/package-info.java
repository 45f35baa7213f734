/** Where generated records go: the {@link vn.dangbo.portal.datagen.sink.DataSink} contract and simple sinks. */
package vn.dangbo.portal.datagen.sink;
