using System;
using System.Collections.Generic;
using NotNative.Dockerfiles.Diagnostics;
using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.SdkContainer;

/// <summary>
/// The SDK container publishing rules over a project's properties (NN2001, NN2002, NN2017, NN2018), written once for
/// the analyzer (IDE and build) and the build task (before PublishContainer).
/// </summary>
public static class SdkContainerLinter
{
    public static IReadOnlyList<RuleDescriptor> Rules { get; } = new[]
    {
        RuleCatalogue.WindowsBaseImageForLinuxTarget, RuleCatalogue.LinuxBaseImageForWindowsTarget,
        RuleCatalogue.RuntimeIdentifierOfOtherOs, RuleCatalogue.ContainerLibcMismatch,
    };

    /// <param name="property">An MSBuild property's value by name (<see cref="SdkContainerProject.Properties"/>), null when unset.</param>
    /// <param name="publishing">
    /// The SDK publishes a container now (the task before PublishContainer). Otherwise the rules apply only when the
    /// user asked for SDK container publishing (a Container* property or a container publish profile): the SDK's
    /// EnableSdkContainerSupport=true of every executable, or a RuntimeIdentifiers list for restore, are no such sign.
    /// </param>
    public static IReadOnlyList<SdkContainerFinding> Lint(Func<string, string?> property, bool publishing = false)
    {
        var findings = new List<SdkContainerFinding>();
        if (!publishing && !SdkContainerPublishing.IsAsked(property))
        {
            return findings;
        }

        var project = new SdkContainerProject(property);
        findings.AddRange(ContainerImageOfOtherOsRule.Analyze(project));
        findings.AddRange(RuntimeIdentifierOfOtherOsRule.Analyze(project));
        findings.AddRange(ContainerLibcMismatchRule.Analyze(project));
        return findings;
    }
}
