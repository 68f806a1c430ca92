package io.rosipsec.api.wire;

import java.util.List;

/**
 * Anything that goes on the wire as one API sentence: its words in order, without the terminating empty word.
 * Words are byte strings (see {@code package-info}).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API sentences"</a>
 */
public interface ApiMessage {
    /** The sentence's words in wire order, never empty, none of them the empty word. */
    List<String> words();
}
