package io.telesim.simulator.web.business;

import java.util.function.Consumer;

import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/** An operation that is one engine command per number; the engine's refusal is the number's result. */
final class EngineOperation implements NumberOperation {

    private final String name;
    private final CommandType type;
    private final Consumer<Command> fields;
    private final String doneText;
    private final EngineCalls calls;

    /** @param fields sets the command's fields other than the type, id and number */
    EngineOperation(String name, CommandType type, Consumer<Command> fields, String doneText, EngineCalls calls) {
        this.name = name;
        this.type = type;
        this.fields = fields;
        this.doneText = doneText;
        this.calls = calls;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Future<Applied> apply(CompanyNumber number, long commandId) {
        Command command = new Command().set(type, commandId, number.number());
        fields.accept(command);
        return calls.run(command).map(reply -> new Applied(doneText, reply.duplicate()));
    }
}
