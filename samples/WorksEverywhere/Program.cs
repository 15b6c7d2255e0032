// The same app, written to run in a Linux container as well as on the developer's machine.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile("appsettings.json", optional: true);

// The database host comes from configuration (ConnectionStrings:Orders), set per environment.
var orders = builder.Configuration.GetConnectionString("Orders");

var exports = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "exports"));
var cache = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);

var app = builder.Build();
app.MapGet("/", () => $"Orders at {orders}, exports in {exports.FullName}, cache in {cache}");

app.Run();
