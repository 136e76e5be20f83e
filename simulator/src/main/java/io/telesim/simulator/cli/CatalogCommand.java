package io.telesim.simulator.cli;

import java.util.concurrent.Callable;

import io.telesim.billing.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telesim catalog}: prints a catalog as tables, or its file (the built-in one is the template for new ones). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        header = "Print the tariffs, prices, services and policies of a catalog.",
        description = {"Print the tariffs, prices, services, add-on bundles, numbering plan and",
                "policies of a catalog, as tables; or, with --yaml, the catalog file itself."})
public final class CatalogCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalog;

    @Option(names = "--yaml", description = "Print the catalog file itself (checked first) instead of tables: "
            + "the built-in one is commented, to copy and edit.")
    private boolean yaml;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Catalog loaded = catalog.load();
        if (yaml) {
            spec.commandLine().getOut().print(catalog.text());
            spec.commandLine().getOut().flush();
        } else {
            new CatalogTables(loaded).print(spec.commandLine().getOut());
        }
        return 0;
    }
}
