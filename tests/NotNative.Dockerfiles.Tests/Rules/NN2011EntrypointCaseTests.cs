namespace NotNative.Dockerfiles.Tests.Rules;

public class NN2011EntrypointCaseTests
{
    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"myapp.dll\"]\n", "myapp.dll")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCMD dotnet /app/MYAPP.dll --urls http://+:8080\n", "MYAPP.dll")]
    public void Assembly_with_other_case_is_reported_and_fixed(string dockerfile, string at)
    {
        var diagnostic = Assert.Single(Lint.Only("NN2011", dockerfile, assemblyName: "MyApp"));
        Assert.Equal(at, Lint.At(dockerfile, diagnostic));
        Assert.Contains("MyApp.dll", Lint.Fixed(dockerfile, diagnostic));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"MyApp.dll\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"NotMyApp.dll\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"myapp.dll.config\"]\n")]
    public void Exact_or_other_names_are_not_reported(string dockerfile)
    {
        Assert.Empty(Lint.Only("NN2011", dockerfile, assemblyName: "MyApp"));
    }

    [Fact]
    public void Nothing_is_reported_without_an_assembly_name()
    {
        Assert.Empty(Lint.Only("NN2011", "FROM alpine\nENTRYPOINT [\"dotnet\", \"myapp.dll\"]\n"));
    }
}
