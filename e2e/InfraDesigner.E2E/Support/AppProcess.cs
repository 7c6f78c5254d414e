using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text;
using InfraDesigner.Data;

namespace InfraDesigner.E2E.Support;

/// <summary>
/// The real app as a separate process on a free loopback port with its own temporary database,
/// started the way its container entrypoint starts it: `dotnet InfraDesigner.Web.dll` in its folder.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string _appFolder;
    private readonly string _dll;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private readonly DatabaseSettings? _database;

    /// <param name="database">The database to serve; by default a SQLite file of its own in <see cref="DataFolder"/>.</param>
    /// <param name="dll">The app's assembly in <paramref name="appFolder"/>: the product, or a host built on it (bench/).</param>
    public AppProcess(string appFolder, string? dataFolder = null, DatabaseSettings? database = null, string dll = "InfraDesigner.Web.dll")
    {
        _appFolder = appFolder;
        _database = database;
        _dll = dll;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "infradesigner-e2e", Guid.NewGuid().ToString("N"));
        Port = FreePort();
    }

    public string DataFolder { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string ConnectionString => _database?.ConnectionString ?? $"Data Source={Path.Combine(DataFolder, "app.db")}";
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the app and waits until /health answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(TimeSpan? timeout = null)
    {
        var dll = Path.Combine(_appFolder, _dll);
        if (!File.Exists(dll)) throw new FileNotFoundException($"The app is not built: {dll} is missing. Run `dotnet build` first.");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = _appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Database__Provider"] = (_database?.Provider ?? DatabaseProvider.Sqlite).ToString();
        info.Environment["ConnectionStrings__InfraDesigner"] = ConnectionString;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Diagnostics__Enabled"] = "true";
        // Browser and REST tests share one loopback address; the API limiter has its own in-process tests.
        info.Environment["Api__RateLimit__PermitLimit"] = "1000000";
        info.Environment["Diagnostics__AllowCollect"] = "true";
        // The admin of a fresh database, which every browser and REST call of the tests signs in as.
        info.Environment["Accounts__AdminEmail"] = AdminEmail;
        info.Environment["Accounts__AdminPassword"] = AdminPassword;
        info.Environment["Accounts__SignInPermitLimit"] = "1000000";
        var started = Stopwatch.StartNew();
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(60));
        AdminToken = await SignInAsync(AdminEmail, AdminPassword);
        return started.Elapsed;
    }

    public const string AdminEmail = "admin@e2e.invalid";

    public const string AdminPassword = "admin-password-1";

    /// <summary>A bearer token of the admin, taken when the app started.</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>Signs in through the API; answers the bearer token.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        using var response = await Http.PostAsJsonAsync(BaseUrl + "/api/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A REST client on this app, signed in as the admin.</summary>
    public HttpClient CreateClient(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
        return client;
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The app did not become healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }
}
