namespace NotNative.Dockerfiles.Syntax;

/// <summary>The <c>--name</c> flags of instructions the rules read (<see cref="Instruction.GetFlag"/>), without the dashes.</summary>
public static class InstructionFlags
{
    /// <summary><c>COPY --from=stage</c>, <c>ADD --from</c>.</summary>
    public const string From = "from";

    /// <summary><c>FROM --platform=linux/amd64</c>.</summary>
    public const string Platform = "platform";

    /// <summary><c>COPY --chmod=755</c>, <c>ADD --chmod</c>.</summary>
    public const string Chmod = "chmod";

    /// <summary><c>COPY --chown=app:app</c>, <c>ADD --chown</c>.</summary>
    public const string Chown = "chown";
}
