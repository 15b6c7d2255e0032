using NotNative.Dockerfiles.Semantics;

namespace NotNative.Dockerfiles.Tests.Rules;

/// <summary>The Windows path shapes, shared by NN2003 (Dockerfile words) and NN1001/NN1003/NN1102 (C# strings).</summary>
public class WindowsPathsTests
{
    [Theory]
    [InlineData(@"C:\app", true)]
    [InlineData("c:/app", true)]
    [InlineData(@"\\server\share", true)]
    [InlineData(@"\\_build\drop", true)]
    [InlineData("C:", false)]
    [InlineData("/app", false)]
    [InlineData(@"\\", false)]
    [InlineData(@"\\\\", false)]
    [InlineData("http://host/", false)]
    [InlineData("//c/Users", false)]
    public void Absolute_paths_are_drive_letters_and_UNC_shares(string text, bool absolute) =>
        Assert.Equal(absolute, WindowsPaths.IsAbsolute(text));

    [Theory]
    [InlineData(@"data\config.json", false, true)]
    [InlineData(@"..\bin", false, true)]
    [InlineData(@"data\.hidden", false, true)] // a C# string: a separator
    [InlineData(@"data\.hidden", true, false)] // shell text: '\.' escapes the dot
    [InlineData(@"C:\data\x", false, false)] // absolute: a drive letter, not a relative path with separators
    [InlineData(@"\n", false, false)]
    [InlineData(@"a\", false, false)]
    [InlineData(@"echo \$HOME", true, false)]
    public void Backslash_separators_sit_between_path_characters(string text, bool backslashEscapes, bool separator) =>
        Assert.Equal(separator, WindowsPaths.HasBackslashSeparator(text, backslashEscapes));

    [Theory]
    [InlineData("//c/Users/me", true)]
    [InlineData("//D/data", true)]
    [InlineData("//server/share", false)]
    [InlineData("///x/", false)]
    public void Docker_Toolbox_writes_drives_as_slash_slash_letter(string text, bool drive) =>
        Assert.Equal(drive, WindowsPaths.IsDockerToolboxDrivePath(text));

    [Theory]
    [InlineData(@"C:\app", false, WindowsPaths.Kind.DriveLetter)]
    [InlineData("\"C:/app\"", false, WindowsPaths.Kind.DriveLetter)]
    [InlineData("C:", true, WindowsPaths.Kind.DriveLetter)]
    [InlineData("C:", false, WindowsPaths.Kind.None)]
    [InlineData(@"\\server\share", false, WindowsPaths.Kind.Unc)]
    [InlineData(@"app\bin", true, WindowsPaths.Kind.BackslashSeparators)]
    [InlineData(@"app\bin", false, WindowsPaths.Kind.None)]
    [InlineData("/app", true, WindowsPaths.Kind.None)]
    public void Dockerfile_words_are_classified(string word, bool allowBareBackslashes, WindowsPaths.Kind kind) =>
        Assert.Equal(kind, WindowsPaths.Classify(word, allowBareBackslashes));
}
