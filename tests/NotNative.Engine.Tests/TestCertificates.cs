using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NotNative.Engine.Tests;

/// <summary>A CA, a server certificate for 127.0.0.1 and a client certificate, written as docker-machine writes them (ca.pem, cert.pem, key.pem).</summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        Directory = Path.Combine(Path.GetTempPath(), "nn-certs-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=NotNative test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        Server = Issue("CN=127.0.0.1", server: true, out _);
        var client = Issue("CN=docker-client", server: false, out var clientKey);
        File.WriteAllText(Path.Combine(Directory, "ca.pem"), Ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(Directory, "cert.pem"), client.ExportCertificatePem());
        File.WriteAllText(Path.Combine(Directory, "key.pem"), clientKey.ExportRSAPrivateKeyPem());
    }

    public string Directory { get; }
    public X509Certificate2 Ca { get; }
    public X509Certificate2 Server { get; }

    private X509Certificate2 Issue(string subject, bool server, out RSA key)
    {
        key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var usage = new OidCollection { new Oid(server ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2") };
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usage, false));
        if (server)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(8);
        using var issued = request.Create(Ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), serial);
        var withKey = issued.CopyWithPrivateKey(key);
        // A PKCS#12 round trip gives SslStream a key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
