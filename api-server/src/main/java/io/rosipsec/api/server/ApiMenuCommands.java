package io.rosipsec.api.server;

import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the non-printing verbs of the API through {@link MenuCommandRunner} (shared with REST) and writes their
 * final reply (routeros-api.md §1.4):
 *
 * <pre>
 *   add      =prop=value...                     !done =ret=*ID
 *   set      =.id=|=numbers= =prop=v =!prop=     !done
 *   unset    =.id= =value-name=prop             !done
 *   remove / enable / disable   =.id=*1,*2      !done
 *   comment  =.id= =comment=text                !done
 *   reset    =.id= [=prop=]                     !done
 *   move     =numbers= [=destination=]          !done
 *   get      =number=|=.id= =value-name=prop    !done =ret=value
 *   find                                       !done =ret=*1;*2   (ids joined with ';', as :find returns them)
 *   other menu actions (flush, ...)            !done
 * </pre>
 *
 * <p>A refused command ({@link MenuException}) changed nothing; the caller turns it into {@code !trap} + {@code
 * !done}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Command word"</a>
 */
final class ApiMenuCommands {
    private final MenuCommandRunner runner;

    ApiMenuCommands(MenuService menus) {
        this.runner = new MenuCommandRunner(() -> menus);
    }

    /** Runs {@code command} and writes its {@code !done}; throws {@link MenuException} on refusal. */
    void run(Session session, ApiCommand command, ApiArguments args, ApiExchange out) {
        if (command.verb().equals("get")) {
            String value = runner.getValue(session, command, args);
            String wire = command.menu().prop(args.values().get("value-name"))
                    .map(p -> ApiRows.wire(p.kind(), value)).orElse(value);
            out.done(Map.of("ret", command.menu().readOnly() ? ApiStatusNumbers.raw(wire) : wire));
            return;
        }
        Optional<String> ret = runner.run(session, command, args);
        if (ret.isPresent()) {
            out.done(Map.of("ret", ret.get()));
        } else {
            out.done();
        }
    }
}
