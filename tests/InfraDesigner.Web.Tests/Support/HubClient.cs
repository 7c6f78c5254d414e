using System.Text.Json;
using InfraDesigner.Web.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>The SignalR .NET client on the simulation hub of an in-process app, over the test server's WebSockets.</summary>
public static class HubClient
{
    /// <summary>Connected as the factory's admin.</summary>
    public static Task<HubConnection> ConnectAsync(AppFactory factory) => ConnectAsync(factory, factory.AdminToken);

    /// <summary>Connected as the account of <paramref name="token"/>.</summary>
    public static async Task<HubConnection> ConnectAsync<T>(WebApplicationFactory<T> factory, string token) where T : class
    {
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, SimulationHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, ct) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
                    return await client.ConnectAsync(context.Uri, ct);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Every item of one stream, as the client reads it.</summary>
    public static async Task<IReadOnlyList<StreamItem>> StreamAllAsync(this HubConnection connection, string method, Guid topologyId, string question)
    {
        var items = new List<StreamItem>();
        await foreach (var item in connection.StreamAsync<StreamItem>(method, topologyId.ToString(), JsonDocument.Parse(question).RootElement))
            items.Add(item);
        return items;
    }

    /// <summary>The problem the hub refused a call with.</summary>
    public static async Task<HubProblem> RefusalAsync(this HubConnection connection, string method, string topologyId, string question)
    {
        var refused = await Should.ThrowAsync<HubException>(async () =>
        {
            await foreach (var _ in connection.StreamAsync<StreamItem>(method, topologyId, JsonDocument.Parse(question).RootElement)) { }
        });
        return HubProblem.Parse(refused.Message).ShouldNotBeNull(refused.Message);
    }

    /// <summary>A hub stream item as a client without the server's types reads it.</summary>
    public sealed record StreamItem(string Type, JsonElement? Progress, JsonElement? Result);
}
