package io.rosipsec.api.server;

import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.menu.PropDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute words of a request checked against the command's arguments in the schema (routeros-api.md §1.3,
 * §1.4) and sorted into item references, property values and names to unset:
 *
 * <ul>
 *   <li>{@code =.id=} and {@code =numbers=} (and {@code =number=} of {@code get}) are item references, a
 *       comma-separated list of ids or names ({@code *1,*2}, {@code p1}); {@code .id} is accepted wherever the
 *       command takes {@code numbers} or {@code number};
 *   <li>{@code =!name=} unsets {@code name} (community.routeros, §1.3);
 *   <li>on {@code add}, {@code set} and {@code comment}, an empty value for a single-valued property without a
 *       default ({@code =comment=}, {@code =address=} on an IPsec peer) also unsets it, so the next print omits the
 *       property: community.routeros 2.8.2 unsets {@code comment} and peer {@code address} exactly this way ({@code
 *       remove_value=''}, §3.3) and expects them gone on its read-back;
 *   <li>{@code =.proplist=} belongs to the printing verbs;
 *   <li>any other name must be one of the command's arguments in this version; otherwise the request is refused
 *       with {@code unknown parameter <name>} (the 7.x wording that names the parameter, §1.9, §6 item 3). A word
 *       after the command that is neither attribute, API attribute nor query is refused the same way.
 * </ul>
 *
 * <p>Names are matched exactly: unlike the console, the API does not expand abbreviations.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Attribute word"</a>
 */
public final class ApiArguments {
    private final List<String> refs;
    private final Map<String, String> values;
    private final List<String> unset;

    private ApiArguments(List<String> refs, Map<String, String> values, List<String> unset) {
        this.refs = List.copyOf(refs);
        this.values = java.util.Collections.unmodifiableMap(values);
        this.unset = List.copyOf(unset);
    }

    /**
     * Checks and sorts the attributes of {@code request} for {@code command}.
     *
     * @throws ApiCommandException {@code unknown parameter <name>} for the first name the command does not take
     */
    public static ApiArguments of(ApiCommand command, ApiSentence request) throws ApiCommandException {
        List<String> args = command.def().args();
        boolean takesRefs = args.contains("numbers") || args.contains("number");
        List<String> refs = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> unset = new ArrayList<>();
        if (!request.otherWords().isEmpty()) {
            throw unknown(request.otherWords().get(0));
        }
        for (Map.Entry<String, String> e : request.attributes().entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            if (name.equals(ApiSentence.ID) || name.equals("numbers") || name.equals("number")) {
                if (!takesRefs) {
                    throw unknown(name);
                }
                for (String ref : value.split(",")) {
                    if (!ref.isEmpty()) {
                        refs.add(ref);
                    }
                }
            } else if (name.equals(ApiSentence.PROPLIST)) {
                if (!command.printing()) {
                    throw unknown(name);
                }
            } else if (name.length() > 1 && name.charAt(0) == '!') {
                String target = name.substring(1);
                if (!args.contains(target)) {
                    throw unknown(target);
                }
                unset.add(target);
            } else {
                if (!args.contains(name)) {
                    throw unknown(name);
                }
                if (value.isEmpty() && clearsWhenEmpty(command, name)) {
                    unset.add(name);
                } else {
                    values.put(name, value);
                }
            }
        }
        return new ApiArguments(refs, values, unset);
    }

    /** Whether an empty {@code name} on this command means "no value" rather than an empty string. */
    private static boolean clearsWhenEmpty(ApiCommand command, String name) {
        String verb = command.verb();
        if (!verb.equals("add") && !verb.equals("set") && !verb.equals("comment")) {
            return false;
        }
        return command.menu().prop(name).filter(PropDef::emptyClears).isPresent();
    }

    private static ApiCommandException unknown(String name) {
        return new ApiCommandException(ApiTrap.of("unknown parameter " + name));
    }

    /** Item references from {@code .id}/{@code numbers}/{@code number}, in order. */
    public List<String> refs() {
        return refs;
    }

    /** Named argument values in arrival order (references and {@code .proplist} excluded). */
    public Map<String, String> values() {
        return values;
    }

    /** Whether argument {@code name} was given (as a flag or with a value). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Names given as {@code =!name=}. */
    public List<String> unset() {
        return unset;
    }
}
