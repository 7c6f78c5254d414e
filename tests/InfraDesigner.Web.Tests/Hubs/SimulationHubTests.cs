using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Hubs;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;

namespace InfraDesigner.Web.Tests.Hubs;

public abstract class SimulationHubTests<TApp>(TApp factory) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private readonly HttpClient _client = factory.CreateClient();
    private HubConnection _hub = default!;

    public async Task InitializeAsync() => _hub = await HubClient.ConnectAsync(factory);

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private async Task<Guid> FromSample(HttpClient client, string sample)
    {
        var created = await client.PostAsync($"/api/topologies/from-sample/{sample}", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> Rest(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json") };
        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static TheoryData<string, string, string, string, string?> EveryMethod => new()
    {
        // sample, hub method and question, REST route (after /api/topologies/{id}) and body
        { "zones-firewall", "Trace", """{ "from": "app-a", "to": "sap", "port": 3300, "protocol": "tcp" }""", "POST reachability", null },
        { "zones-eai", "Ask", """{ "question": "what can reach sap?" }""", "POST ask", null },
        { "zones-eai", "Matrix", """{ "ports": [443, 3300] }""", "POST matrix", null },
        { "zones-eai", "ShadowedRules", """{ "firewall": "fw-ab" }""", "GET shadowed-rules?firewall=fw-ab", "" },
        { "cluster-capacity", "Placement", """{ "cluster": "cluster1", "newVms": [{ "name": "app1", "vcpu": 2, "ramGb": 8 }], "strategy": "worstFit" }""", "POST simulations/placement", null },
        { "cluster-capacity", "Capacity", """{ "cluster": "cluster1", "vcpu": 4, "ramGb": 16, "diskGb": 40, "requested": 2 }""", "POST simulations/capacity", null },
        { "live-migration", "Migration", """{ "vm": "vm-db", "targetHost": "host2" }""", "POST simulations/migration", null },
        { "cluster-capacity", "Balance", """{ "cluster": "cluster1", "migrationThreshold": 1, "maintenanceHost": "host2" }""", "POST simulations/balance", null },
        { "cluster-capacity", "Failover", """{ "cluster": "cluster1", "failedHosts": ["host1"] }""", "POST simulations/failover", null },
        { "cluster-capacity", "FailoverSweep", """{ "cluster": "cluster1" }""", "POST simulations/failover/sweep", null },
        { "web-lb", "LoadBalancer", """{ "loadBalancer": "lb", "unhealthyMembers": ["web2"], "durationSeconds": 30 }""", "POST simulations/load-balancer", null },
    };

    [SkippableTheory]
    [MemberData(nameof(EveryMethod))]
    public async Task Each_method_streams_to_one_final_result_that_is_the_rest_answer(string sample, string method, string question, string route, string? restBody)
    {
        var id = await FromSample(_client, sample);
        var (verb, path) = (route.Split(' ')[0], route.Split(' ')[1]);

        var items = await _hub.StreamAllAsync(method, id, question);
        var rest = await Rest(new HttpMethod(verb), $"/api/topologies/{id}/{path}", restBody == "" ? null : restBody ?? question);

        items[^1].Type.ShouldBe(HubEvent.ResultType);
        items.Count(i => i.Type == HubEvent.ResultType).ShouldBe(1);
        items.SkipLast(1).ShouldAllBe(i => i.Type == HubEvent.ProgressType && i.Progress != null);
        JsonElement.DeepEquals(items[^1].Result!.Value, rest).ShouldBeTrue($"hub: {items[^1].Result}\nREST: {rest}");
    }

    [SkippableFact]
    public async Task The_diff_streams_the_flow_a_new_rule_opened_as_rest_reports_it()
    {
        var id = await FromSample(_client, "zones-firewall");
        var saved = await (await _client.PostAsJsonAsync($"/api/topologies/{id}/revisions", new { name = "before the rule" })).Content.ReadFromJsonAsync<JsonElement>();
        var version = saved.GetProperty("number").GetInt32();
        (await _client.PutAsync($"/api/topologies/{id}", new StringContent(ZonesFirewallWithAllowRule(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var diff = (await _hub.StreamAllAsync("Diff", id, $$"""{ "from": "{{version}}" }""")).ShouldHaveSingleItem().Result!.Value;

        diff.GetProperty("gained").EnumerateArray().Select(g => $"{g.GetProperty("from")}->{g.GetProperty("to")}:{g.GetProperty("port")}").ShouldContain("app-a->sap:3300");
        JsonElement.DeepEquals(diff, await Rest(HttpMethod.Get, $"/api/topologies/{id}/diff?from={version}", null)).ShouldBeTrue();
    }

    public static TheoryData<string, string, string, string, string?> EveryPlanner => new()
    {
        // hub method, question (on the planner cases of the cluster sample), the answer's list, the VMs in it, the solver's outcome
        { "Balance", """{ "cluster": "cluster1", "migrationThreshold": 4, "planner": "greedy" }""", "recommendations", "vm1,vm2,vm4", null },
        { "Balance", """{ "cluster": "cluster1", "migrationThreshold": 4, "planner": "optimal", "timeBudgetSeconds": 2 }""", "recommendations", "vm3,vm5", "provenOptimal" },
        { "Failover", """{ "cluster": "cluster1", "failedHosts": ["host1"], "planner": "vsphere" }""", "restarts", "vm1", null },
        { "Failover", """{ "cluster": "cluster1", "failedHosts": ["host1"], "planner": "optimal", "timeBudgetSeconds": 2 }""", "restarts", "vm2,vm3", "provenOptimal" },
    };

    [SkippableTheory]
    [MemberData(nameof(EveryPlanner))]
    public async Task Balance_and_failover_take_the_planner_as_rest_does(string method, string question, string list, string vms, string? outcome)
    {
        var topology = method == "Balance" ? PlannerCases.Lopsided : PlannerCases.Stranding;
        var created = await _client.PostAsync("/api/topologies", new StringContent(TopologyDocumentSerializer.Export(topology), Encoding.UTF8, "application/json"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var answer = (await _hub.StreamAllAsync(method, id, question))[^1].Result!.Value;

        string.Join(",", answer.GetProperty(list).EnumerateArray().Select(r => r.GetProperty("vm").GetString()).Order()).ShouldBe(vms, answer.ToString());
        if (outcome is null)
        {
            answer.GetProperty("search").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            answer.GetProperty("search").GetProperty("outcome").GetString().ShouldBe(outcome);
        }
    }

    [SkippableFact]
    public async Task A_simulation_streams_the_engines_progress_before_its_answer()
    {
        var id = await FromSample(_client, "web-lb");

        var items = await _hub.StreamAllAsync("LoadBalancer", id, """{ "loadBalancer": "lb", "durationSeconds": 30 }""");

        var progress = items.Where(i => i.Type == HubEvent.ProgressType).Select(i => i.Progress!.Value).ToList();
        progress.ShouldNotBeEmpty();
        progress.ShouldAllBe(p => p.GetProperty("engine").GetString() == "load-balancer");
        progress[^1].GetProperty("fraction").GetDouble().ShouldBe(1);
    }

    [SkippableTheory]
    [InlineData("Trace", """{ "from": "app-a", "to": "sap", "port": 70000 }""", "port", "port 70000 is out of range 1-65535")]
    [InlineData("Trace", """{ "from": "app-a", "port": 3300 }""", "to", "'to' is required")]
    [InlineData("Trace", """{ "from": "app-a", "to": "sap", "port": "many" }""", "port", "expected a whole number from 1 to 65535")]
    [InlineData("Trace", """{ "from": "app-a", "to": "sapp", "port": 3300 }""", "to", "did you mean 'sap'?")]
    [InlineData("Ask", """{ "question": "what is the weather?" }""", "question", "")]
    [InlineData("Matrix", """{ "ports": [0, 443] }""", "ports", "port 0 is out of range")]
    [InlineData("ShadowedRules", """{ "firewall": "router" }""", "firewall", "no firewall named 'router'")]
    [InlineData("Placement", """{ "cluster": "cluster1", "strategy": "bogoFit" }""", "strategy", "expected one of \"firstFit\", \"bestFit\"")]
    [InlineData("Placement", """{ "cluster": "cluster1", "newVms": [null] }""", "newVms[0]", "expected an object { name, vcpu, ramGb, diskGb, datastore }")]
    [InlineData("Capacity", """{ "cluster": "cluster9" }""", "cluster", "cluster9")]
    [InlineData("LoadBalancer", """{ "loadBalancer": "lb", "arrivalRatePerSecond": 100000, "durationSeconds": 3600 }""", "durationSeconds", "at most 5,000,000 simulated requests")]
    [InlineData("Failover", "[]", "$", "send a JSON object")]
    [InlineData("Balance", """{ "cluster": "cluster1", "planner": "fast" }""", "planner", "expected one of \"greedy\", \"optimal\"")]
    [InlineData("Failover", """{ "cluster": "cluster1", "planner": "optimal", "timeBudgetSeconds": -1 }""", "timeBudgetSeconds", "greater than 0")]
    public async Task A_bad_call_is_refused_naming_the_field_and_the_connection_keeps_answering(string method, string question, string field, string reason)
    {
        var id = await FromSample(_client, "zones-firewall");

        var problem = await _hub.RefusalAsync(method, id.ToString(), question);

        problem.Status.ShouldBe(400);
        problem.Errors.Keys.ShouldBe([field]);
        problem.Errors[field].ShouldHaveSingleItem().ShouldContain(reason);
        problem.Detail.ShouldStartWith($"{field}: ");
        (await _hub.StreamAllAsync("Trace", id, """{ "from": "app-a", "to": "sap", "port": 3300 }""")).ShouldHaveSingleItem().Type.ShouldBe(HubEvent.ResultType);
    }

    [SkippableFact]
    public async Task One_clients_bad_call_breaks_nothing_for_another_client()
    {
        var id = await FromSample(_client, "zones-firewall");
        await using var other = await HubClient.ConnectAsync(factory);
        var running = other.StreamAllAsync("Trace", id, """{ "from": "app-a", "to": "sap", "port": 3300 }""");

        await _hub.RefusalAsync("Trace", id.ToString(), """{ "from": "app-a", "to": "sap", "port": -1 }""");

        (await running)[^1].Result!.Value.GetProperty("reachable").GetBoolean().ShouldBeFalse();
        other.State.ShouldBe(HubConnectionState.Connected);
        _hub.State.ShouldBe(HubConnectionState.Connected);
    }

    [SkippableTheory]
    [InlineData("Trace", """{ "from": "app-a", "to": "sap" }""")]
    [InlineData("Capacity", """{ "cluster": "cluster1" }""")]
    public async Task An_unknown_topology_is_refused_as_not_found_at_topology_id(string method, string question)
    {
        var unknown = Guid.NewGuid().ToString();

        var problem = await _hub.RefusalAsync(method, unknown, question);

        problem.Status.ShouldBe(404);
        problem.Errors["topologyId"].ShouldBe([$"no topology with id '{unknown}'"]);
    }

    [SkippableFact]
    public async Task A_topology_id_that_is_not_a_guid_is_refused_at_topology_id()
    {
        var problem = await _hub.RefusalAsync("Matrix", "sample-1", "{}");

        problem.Status.ShouldBe(400);
        problem.Errors["topologyId"].ShouldBe(["'sample-1' is not a topology id (a GUID)"]);
    }

    [SkippableFact]
    public async Task A_run_over_the_time_budget_is_refused_naming_the_limit_as_rest_does()
    {
        using var noTime = factory.WithWebHostBuilder(b => b.UseSetting("Limits:RunSeconds", "0"));
        var id = await FromSample(noTime.CreateClient(), "cluster-capacity");
        await using var hub = await HubClient.ConnectAsync(noTime, factory.AdminToken);

        var problem = await hub.RefusalAsync("Placement", id.ToString(), """{ "cluster": "cluster1" }""");

        problem.Errors["newVms"].ShouldBe(["the run exceeded the 0 s limit; make newVms smaller"]);
    }

    [SkippableFact]
    public async Task Cancelling_the_stream_stops_the_engine_on_the_server()
    {
        // Limits far above what the run needs: it would simulate for hours, so only the cancellation can end it.
        using var endless = factory.WithWebHostBuilder(b => b
            .UseSetting("Limits:RunSeconds", "86400")
            .UseSetting("Limits:MaxDurationSeconds", "100000000")
            .UseSetting("Limits:MaxSimulatedRequests", "1000000000000"));
        var http = endless.CreateClient();
        var id = await FromSample(http, "web-lb");
        await using var hub = await HubClient.ConnectAsync(endless, factory.AdminToken);
        using var cancel = new CancellationTokenSource();
        var question = JsonDocument.Parse("""{ "loadBalancer": "lb", "arrivalRatePerSecond": 10000, "durationSeconds": 10000000 }""").RootElement;
        var seen = new List<HubClient.StreamItem>();
        var runningWhileStreaming = 0;

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in hub.StreamAsync<HubClient.StreamItem>("LoadBalancer", id.ToString(), question, cancel.Token))
            {
                seen.Add(item);
                if (!cancel.IsCancellationRequested) runningWhileStreaming = await RunningStreams(http);
                await cancel.CancelAsync();
            }
        });

        seen.ShouldNotBeEmpty();
        seen.ShouldAllBe(item => item.Type == HubEvent.ProgressType);
        runningWhileStreaming.ShouldBe(1);
        await Eventually(async () => await RunningStreams(http) == 0, "the engine is still running after the stream was cancelled");
        (await hub.StreamAllAsync("Trace", id, """{ "from": "user", "to": "lb", "port": 443 }"""))[^1].Type.ShouldBe(HubEvent.ResultType);
    }

    private static async Task<int> RunningStreams(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/diagnostics/memory")).GetProperty("runningHubStreams").GetInt32();

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            patience.IsCancellationRequested.ShouldBeFalse(failure);
            await Task.Delay(20);
        }
    }

    private static string ZonesFirewallWithAllowRule()
    {
        var topology = SampleTopologies.Get("zones-firewall").Topology;
        var fw = topology.FindElement<Firewall>("fw-ab")!;
        var allow = new FirewallRule
        {
            Name = "allow-app-a-to-sap",
            Source = RuleEndpoint.Element("app-a"),
            Destination = RuleEndpoint.Element("sap"),
            Protocol = Protocol.Tcp,
            Ports = PortRange.Single(3300),
        };
        return TopologyDocumentSerializer.Export(topology.WithElement(fw with { Rules = fw.Rules.Add(allow) }));
    }
}

public sealed class SimulationHubOnSqliteTests(AppFactory factory) : SimulationHubTests<AppFactory>(factory);

public sealed class SimulationHubOnPostgreSqlTests(PostgreSqlAppFactory factory) : SimulationHubTests<PostgreSqlAppFactory>(factory);
