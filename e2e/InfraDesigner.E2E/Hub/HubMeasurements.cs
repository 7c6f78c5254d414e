using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using InfraDesigner.E2E.Support;
using InfraDesigner.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace InfraDesigner.E2E.Hub;

/// <summary>
/// The simulation hub's speed on loopback against the real app, printed as figures (not pass/fail timings): a trace's
/// round trip on one connection (median), and 100 connections asking traces at once (p95). Runs only with INFRADESIGNER_MEASURE=1.
/// </summary>
[Trait("Category", "Measure")]
public sealed class HubMeasurements(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clients = 100;
    private static readonly object Question = new { from = "app-a", to = "sap", port = 3300 };
    private readonly AppProcess _app = new(Repository.WebBuildOutput);

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(MeasureFactAttribute.Variable) == "1") await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [MeasureFact]
    public async Task Trace_round_trip_on_one_connection_and_under_100_concurrent_clients()
    {
        using var http = _app.CreateClient();
        var created = await http.PostAsync($"{_app.BaseUrl}/api/topologies/from-sample/zones-firewall", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await using var one = await ConnectAsync();
        await TimedTracesAsync(one, id, 200);
        var single = await TimedTracesAsync(one, id, 2000);
        output.WriteLine($"one connection, 2,000 traces in a row: median {Measuring.Percentile(single, 0.5):0.00} ms, p95 {Measuring.Percentile(single, 0.95):0.00} ms");

        var rest = new List<double>();
        for (var i = 0; i < 1000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            (await http.PostAsJsonAsync($"{_app.BaseUrl}/api/topologies/{id}/reachability", Question)).EnsureSuccessStatusCode();
            rest.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        output.WriteLine($"for comparison, REST on one keep-alive connection, 1,000 traces in a row: median {Measuring.Percentile(rest, 0.5):0.00} ms");

        var connections = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => ConnectAsync()));
        await Task.WhenAll(connections.Select(c => TimedTracesAsync(c, id, 5)));
        var all = (await Task.WhenAll(connections.Select(c => TimedTracesAsync(c, id, 50)))).SelectMany(t => t).ToList();
        output.WriteLine($"{Clients} connections asking 50 traces each at once ({all.Count:N0} traces): median {Measuring.Percentile(all, 0.5):0.00} ms, p95 {Measuring.Percentile(all, 0.95):0.00} ms");
        foreach (var connection in connections) await connection.DisposeAsync();
    }

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{_app.BaseUrl}/hubs/simulation", o =>
            {
                (o.Transports, o.SkipNegotiation) = (HttpTransportType.WebSockets, true);
                o.AccessTokenProvider = () => Task.FromResult<string?>(_app.AdminToken);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    // A round trip: the call sent until the stream's result has arrived and the stream has completed.
    private static async Task<List<double>> TimedTracesAsync(HubConnection connection, string id, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await foreach (var _ in connection.StreamAsync<JsonElement>("Trace", id, Question)) { }
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return times;
    }
}
