using System.Reflection;
using System.Xml.Linq;
using NotNative.Dockerfiles.SdkContainer;
using NotNative.Dockerfiles.Semantics;
using NotNative.Tests;

namespace NotNative.Tasks.Tests;

/// <summary>
/// The task decides the target OS with TargetOs.Resolve (docs/target-os.md); the targets compute none and must pass it
/// every property the decision reads, or the build and the IDE disagree.
/// </summary>
public class TargetOsPropertiesTests
{
    public static TheoryData<string> Properties() => new(SdkContainerProject.Properties);

    [Theory]
    [MemberData(nameof(Properties))]
    public void The_targets_pass_each_property_the_decision_reads_to_the_task(string name)
    {
        var targets = XDocument.Load(Path.Combine(RepositoryPaths.Root, "build", "NotNative.Package", "build", "NotNative.targets"));
        var task = targets.Descendants().Single(e => e.Name.LocalName == "NotNativeCheck" && e.Parent?.Name.LocalName == "Target");

        Assert.NotNull(typeof(NotNativeCheck).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.SetMethod);
        // The SDK fills ContainerBaseImage and ContainerRuntimeIdentifier(s) before PublishContainer: the targets pass the values the user set.
        Assert.Contains(task.Attribute(name)?.Value, new[] { "$(" + name + ")", "$(_NotNative" + name + ")" });
    }

    [Theory]
    [InlineData(null, "win-x64", false)] // a Windows target and an image of unknown OS: NN3006 stays quiet
    [InlineData("osx-arm64", "win-x64", true)] // the SDK builds for the container RID, not RuntimeIdentifier: Linux (default)
    [InlineData("linux-x64", "win-x64", true)]
    public void The_task_takes_its_target_OS_from_the_one_decision(string? containerRid, string rid, bool linux)
    {
        using var context = new TempContext();
        context.Write("Dockerfile", "FROM contoso/base:1\nCOPY Config/AppSettings.json /app/\n");
        context.Write("config/appsettings.json", "{}");

        var (_, engine) = context.Run(configure: t =>
        {
            t.EngineCheck = "off";
            t.EnableSdkContainerSupport = "true";
            t.ContainerRuntimeIdentifier = containerRid;
            t.RuntimeIdentifier = rid;
        });

        Assert.Equal(linux ? new[] { "NN3006" } : Array.Empty<string>(), engine.Errors.Select(e => e.Code).ToArray());
    }
}
