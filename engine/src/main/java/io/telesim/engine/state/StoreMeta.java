package io.telesim.engine.state;

/**
 * What a map's meta file says: the layout of its values, how many entries the map was sized for, and
 * whether the last owner closed it.
 */
record StoreMeta(RecordLayout layout, long capacity, StoreState state) {

    StoreMeta withState(StoreState newState) {
        return new StoreMeta(layout, capacity, newState);
    }
}
