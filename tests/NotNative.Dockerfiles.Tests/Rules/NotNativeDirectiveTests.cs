using NotNative.Dockerfiles.Rules;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>One reader for every '# notnative ...' comment: suppressions and the file's target OS accept the same shapes.</summary>
public class NotNativeDirectiveTests
{
    [Theory]
    [InlineData("notnative ignore=NN2003", "Ignore", "NN2003")]
    [InlineData("notnative ignore=NN2003,NN2004", "Ignore", "NN2003|NN2004")]
    [InlineData("notnative ignore=NN2003, NN2004 NN2005", "Ignore", "NN2003|NN2004|NN2005")]
    [InlineData("NotNative Ignore = nn2003", "Ignore", "nn2003")]
    [InlineData("notnativeignore=NN2003", "Ignore", "NN2003")]
    [InlineData("notnative global ignore=NN2010", "GlobalIgnore", "NN2010")]
    [InlineData("notnative  GLOBAL  ignore =NN2010", "GlobalIgnore", "NN2010")]
    [InlineData("notnative target-os=windows", "TargetOs", "windows")]
    [InlineData("notnative target-os = Linux", "TargetOs", "Linux")]
    [InlineData("notnative   target-os=windows  ", "TargetOs", "windows")]
    [InlineData("notnativetarget-os=windows", "TargetOs", "windows")]
    public void Reads_the_directive(string comment, string kind, string values)
    {
        var directive = NotNativeDirective.Parse(comment);
        Assert.NotNull(directive);
        Assert.Equal(kind, directive.Kind.ToString());
        Assert.Equal(values.Split('|'), directive.Values);
    }

    [Theory]
    [InlineData("syntax=docker/dockerfile:1")]
    [InlineData("escape=`")]
    [InlineData("notnative")]
    [InlineData("notnative ignore")]
    [InlineData("notnative target-os=")]
    [InlineData("notnative global target-os=windows")]
    [InlineData("notnative frobnicate=NN2003")]
    [InlineData("not native target-os=windows")]
    [InlineData("this is not notnative ignore=NN2003")]
    public void Ordinary_comments_are_not_directives(string comment)
    {
        Assert.Null(NotNativeDirective.Parse(comment));
    }

    [Fact]
    public void Spaces_around_the_equals_sign_work_for_ignore_as_for_target_os()
    {
        const string dockerfile = "FROM alpine\n# notnative ignore = NN2003\nWORKDIR C:\\app\nWORKDIR C:\\other\n";
        var left = Assert.Single(Lint.Only("NN2003", dockerfile));
        Assert.Equal("C:\\other", Lint.At(dockerfile, left));
    }

    [Fact]
    public void Global_ignore_silences_the_whole_file()
    {
        Assert.Empty(Lint.Only("NN2003", "# notnative global ignore=NN2003\nFROM alpine\nWORKDIR C:\\app\nWORKDIR C:\\other\n"));
    }

    [Fact]
    public void Target_os_with_spaces_sets_the_file_target()
    {
        Assert.Empty(Lint.Only("NN2001", "# notnative target-os = windows\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"));
    }
}
