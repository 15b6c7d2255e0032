using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NotNative.Analyzers.CSharp;

/// <summary>
/// Base of the NN10xx analyzers: the usual setup (no generated code, concurrent execution), and registration only
/// when the compilation builds code for a Linux container. The context is decided once per compilation and shared
/// by all of them (a Dockerfile among the additional files is parsed once, not once per analyzer).
/// </summary>
public abstract class ContainerCodeAnalyzer : DiagnosticAnalyzer
{
    private static readonly ConditionalWeakTable<Compilation, ContainerContext> Contexts = new();

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var container = Contexts.GetValue(start.Compilation, _ => ContainerContext.Create(start.Options, start.CancellationToken));
            if (container.RunsInLinuxContainer)
            {
                Register(start, container);
            }
        });
    }

    /// <summary>Registers the analyzer's actions; called only for container code.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, ContainerContext container);
}

/// <summary>Base of the NN11xx analyzers: registration only when the compilation drives Docker.</summary>
public abstract class DockerClientCodeAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (DockerClientContext.DrivesDocker(start.Compilation))
            {
                Register(start);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext start);
}
