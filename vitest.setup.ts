// fake-indexeddb must be installed before dexie is imported anywhere.
import 'fake-indexeddb/auto';
