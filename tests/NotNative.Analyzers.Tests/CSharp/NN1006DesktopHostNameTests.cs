using NotNative.Analyzers.Tests.Verifiers;
using Verify = NotNative.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NotNative.Analyzers.CSharp.DesktopHostNameAnalyzer>;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1006DesktopHostNameTests
{
    [Fact]
    public Task Desktop_host_names_are_reported() => Verify.VerifyAsync("""
        class C
        {
            const string Db = {|#0:"Host=host.docker.internal;Port=5432;Database=orders"|};
            string Api(int port) => $"{|#1:http://gateway.docker.internal:|}{port}";
            string Old = {|#2:"http://docker.for.mac.localhost:3000"|};
        }
        """,
        Verify.Diagnostic("NN1006").WithLocation(0).WithArguments("host.docker.internal"),
        Verify.Diagnostic("NN1006").WithLocation(1).WithArguments("gateway.docker.internal"),
        Verify.Diagnostic("NN1006").WithLocation(2).WithArguments("docker.for.mac.localhost"));

    [Fact]
    public Task Other_hosts_are_not_reported() => Verify.VerifyAsync("""
        class C
        {
            const string Db = "Host=db;Port=5432;Database=orders";
            const string Other = "myhost.docker.internal.example.com";
            const string Doc = "see docs.docker.com";
        }
        """);
}
