using NotNative.Dockerfiles.SdkContainer;

namespace NotNative.Dockerfiles.Tests.SdkContainer;

/// <summary>Finding a property's value in the project file's text, to report at its line.</summary>
public class ProjectFilePropertiesTests
{
    private static string? At(string text, string property, string? value) =>
        ProjectFileProperties.Find(text, property, value) is { } span ? text.Substring(span.Start, span.Length) + "@" + span.Start : null;

    [Fact]
    public void The_last_element_with_the_evaluated_value_wins()
    {
        const string project = "<Project><PropertyGroup>\n  <ContainerFamily>alpine</ContainerFamily>\n  <ContainerFamily Condition=\"'$(X)' == ''\"> nanoserver-ltsc2022 </ContainerFamily>\n</PropertyGroup></Project>";
        Assert.Equal("nanoserver-ltsc2022@" + project.IndexOf("nanoserver", StringComparison.Ordinal), At(project, "ContainerFamily", "nanoserver-ltsc2022"));
        Assert.Equal("alpine@" + project.IndexOf("alpine", StringComparison.Ordinal), At(project, "ContainerFamily", "alpine"));
    }

    [Fact]
    public void Comments_longer_names_and_command_line_values_are_not_the_property()
    {
        const string project = "<!-- <ContainerRuntimeIdentifier>win-x64</ContainerRuntimeIdentifier> -->\n<ContainerRuntimeIdentifiers>win-x64</ContainerRuntimeIdentifiers>\n<ContainerRuntimeIdentifier>linux-x64</ContainerRuntimeIdentifier>";
        Assert.Null(At(project, "ContainerRuntimeIdentifier", "win-x64"));
        Assert.Equal("win-x64@" + project.IndexOf("win-x64</ContainerRuntimeIdentifiers>", StringComparison.Ordinal), At(project, "ContainerRuntimeIdentifiers", "win-x64"));
    }

    [Fact]
    public void A_value_built_from_other_properties_is_found_by_its_element()
    {
        const string project = "<ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:$(V)-nanoserver-ltsc2022</ContainerBaseImage>";
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:$(V)", At(project, "ContainerBaseImage", "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<ContainerFamily")]
    [InlineData("<ContainerFamily>alpine")]
    [InlineData("<ContainerFamily/><ContainerFamily />")]
    [InlineData("<ContainerFamily><ContainerFamily>alpine</ContainerFamily>")]
    public void Half_typed_project_files_do_not_throw(string project)
    {
        _ = ProjectFileProperties.Find(project, "ContainerFamily", "alpine");
    }
}
