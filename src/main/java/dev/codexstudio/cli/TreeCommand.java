package dev.codexstudio.cli;

import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.stack.StackScanner;
import dev.codexstudio.core.stack.StackTree;
import dev.codexstudio.core.stack.TreeNode;
import dev.codexstudio.core.validate.StackValidator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code tree [DIR]}: the whole stack as an indented tree, with finding counts. */
@CommandLine.Command(name = "tree", mixinStandardHelpOptions = true,
        description = "Show the whole stack as an indented tree: guidance, skills, hooks, configuration and policy.")
final class TreeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EnvironmentOptions envOptions;

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Repository (default: current directory).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = Paths2.directory(dir, "DIR");
        Stack stack = StackScanner.scan(root, envOptions.environment());
        TreeNode tree = StackTree.build(stack, StackValidator.validate(stack));
        spec.commandLine().getOut().print(tree.render());
        spec.commandLine().getOut().flush();
        return tree.errors() > 0 ? StudioCli.FINDINGS : StudioCli.OK;
    }
}
