using NotNative.Analyzers.CSharp;
using static NotNative.Analyzers.Tests.CSharpVerifier;

namespace NotNative.Analyzers.Tests.CSharp;

public class NN1006DesktopHostNameTests
{
    [Fact]
    public Task Desktop_host_names_are_reported() => VerifyAsync<DesktopHostNameAnalyzer>("""
        class C
        {
            const string Db = {|NN1006:"Host=host.docker.internal;Port=5432;Database=orders"|};
            string Api(int port) => $"{|NN1006:http://gateway.docker.internal:|}{port}";
            string Old = {|NN1006:"http://docker.for.mac.localhost:3000"|};
        }
        """);

    [Fact]
    public Task Other_hosts_are_not_reported() => VerifyAsync<DesktopHostNameAnalyzer>("""
        class C
        {
            const string Db = "Host=db;Port=5432;Database=orders";
            const string Other = "myhost.docker.internal.example.com";
            const string Doc = "see docs.docker.com";
        }
        """);
}
