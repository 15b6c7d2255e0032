namespace NotNative.Engine.Engine;

/// <summary>
/// TLS for an engine: whether to verify the server, and the folder of ca.pem/cert.pem/key.pem (paths only; the files
/// are read when the client is built). No folder: the system's trusted roots and no client certificate (https://).
/// </summary>
public sealed record EngineTls(bool Verify, string? CertificateDirectory)
{
    public string? CaPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "ca.pem");
    public string? CertPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "cert.pem");
    public string? KeyPath => CertificateDirectory == null ? null : Path.Combine(CertificateDirectory, "key.pem");
}
