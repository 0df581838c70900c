package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** The cache keeps the aggregates used last, whatever the garbage collector does, and no more than it may. */
class RecentAggregatesTest {

    @Test
    void theLeastRecentlyUsedLeavesFirstWhenTheCacheIsFull() {
        RecentAggregates cache = new RecentAggregates(2);
        cache.put("a", "member a");
        cache.put("b", "member b");
        assertThat((String) cache.get("a")).isEqualTo("member a");

        cache.put("c", "member c");

        assertThat(cache.containsKey("b")).as("b was used least recently").isFalse();
        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void entriesSurviveGarbageCollections() {
        RecentAggregates cache = new RecentAggregates(10);
        cache.put("a", new StringBuilder("member a"));

        System.gc();

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.get("a").toString()).isEqualTo("member a");
    }

    @Test
    void anEntryRemovedOrUpdatedToNothingIsGone() {
        RecentAggregates cache = new RecentAggregates(10);
        cache.put("a", "member a");
        cache.put("b", "member b");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.computeIfPresent("b", value -> null);

        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.putIfAbsent("b", "member b again")).isTrue();
        assertThat(cache.putIfAbsent("b", "another")).isFalse();
        assertThat((String) cache.computeIfAbsent("b", () -> "unused")).isEqualTo("member b again");
    }

    @Test
    void listenersHearWhatHappensToEntries() {
        RecentAggregates cache = new RecentAggregates(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");

        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
    }
}
