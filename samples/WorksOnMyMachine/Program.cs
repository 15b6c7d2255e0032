using System.Diagnostics;

// Written on a Windows PC with Docker Desktop. Every line below works there.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile("appSettings.json", optional: true);

// The database runs on the developer's machine; Docker Desktop resolves this name, nothing else does.
var orders = "Host=host.docker.internal;Database=orders";

var exports = Directory.CreateDirectory(@"C:\exports");
var cache = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);

var app = builder.Build();
app.MapGet("/", () => $"Orders at {orders}, exports in {exports.FullName}, cache in {cache}");
app.MapGet("/report", () => Process.Start("cmd.exe", "/c report.bat")?.Id);

app.Run();
