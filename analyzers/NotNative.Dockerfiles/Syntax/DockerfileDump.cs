using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>BuildKit's AST dump: one s-expression per instruction (`notnative dump`, the conformance format).</summary>
public static class DockerfileDump
{
    public static string Dump(DockerfileSyntax syntax)
    {
        var builder = new StringBuilder();
        foreach (var instruction in syntax.Instructions)
        {
            builder.Append('(');
            AppendNode(builder, instruction);
            builder.Append(")\n");
        }

        return builder.ToString();
    }

    private static void AppendNode(StringBuilder builder, Instruction instruction)
    {
        builder.Append(instruction.Name);
        if (instruction.Flags.Count > 0)
        {
            builder.Append(" [");
            for (var i = 0; i < instruction.Flags.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                GoString.Append(builder, instruction.Flags[i].Text);
            }

            builder.Append(']');
        }

        if (instruction.Inner != null)
        {
            builder.Append(" (");
            AppendNode(builder, instruction.Inner);
            builder.Append(')');
            return;
        }

        if (instruction.IsUnknown)
        {
            return;
        }

        foreach (var argument in instruction.Arguments)
        {
            builder.Append(' ');
            GoString.Append(builder, argument.Value);
        }
    }
}
