using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace InfraDesigner.Web.Tests.Api;

public abstract class SimulationEndpointsTests<TApp> : IClassFixture<TApp> where TApp : AppFactory
{
    private readonly TApp _factory;
    private readonly HttpClient _client;

    protected SimulationEndpointsTests(TApp factory) => (_factory, _client) = (factory, factory.CreateClient());

    private async Task<Guid> FromSample(string sample)
    {
        var created = await _client.PostAsync($"/api/topologies/from-sample/{sample}", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> Stored(Topology topology)
    {
        var created = await _client.PostAsync("/api/topologies", new StringContent(TopologyDocumentSerializer.Export(topology), Encoding.UTF8, "application/json"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> Ask(Guid id, string simulation, string json) =>
        await _client.PostAsync($"/api/topologies/{id}/simulations/{simulation}", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> Answer(Guid id, string simulation, string json)
    {
        var response = await Ask(id, simulation, json);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(string Path, string Message)> Refusal(Guid id, string simulation, string json)
    {
        var response = await Ask(id, simulation, json);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem();
        return (error.Name, error.Value[0].GetString()!);
    }

    [SkippableFact]
    public async Task Capacity_on_the_cluster_sample_with_disks_on_san1_and_vsphere_overhead_puts_one_vm_on_each_host_and_ram_binds()
    {
        var id = await FromSample("cluster-capacity");

        var answer = await Answer(id, "capacity", """{ "cluster": "cluster1", "vcpu": 4, "ramGb": 16, "diskGb": 40, "requested": 2 }""");

        answer.GetProperty("totalFits").GetInt32().ShouldBe(2);
        answer.GetProperty("clusterBinding").GetString().ShouldBe("ram");
        answer.GetProperty("datastore").GetProperty("name").GetString().ShouldBe("san1");
        answer.GetProperty("hosts")[0].GetProperty("fitsByDisk").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.GetProperty("requested").GetProperty("assignments").EnumerateArray()
            .Select(a => a.GetProperty("host").GetString()).ShouldBe(["host1", "host2"]);
    }

    [SkippableFact]
    public async Task Capacity_on_local_disks_without_overhead_gives_the_old_provisioned_count_of_two_per_host()
    {
        var id = await FromSample("cluster-capacity");

        var answer = await Answer(id, "capacity",
            """{ "cluster": "cluster1", "vcpu": 4, "ramGb": 16, "diskGb": 40, "datastore": "local", "hypervisorReserveGb": 0, "vmMemoryOverhead": false }""");

        answer.GetProperty("totalFits").GetInt32().ShouldBe(4);
        answer.GetProperty("hosts")[0].GetProperty("fitsByDisk").GetInt32().ShouldBe(24);
    }

    [SkippableFact]
    public async Task Failover_of_host1_restarts_vm2_on_host2_and_leaves_vm1_and_vm3_down()
    {
        var id = await FromSample("cluster-capacity");

        var answer = await Answer(id, "failover", """{ "cluster": "cluster1", "failedHosts": ["host1"] }""");

        answer.GetProperty("restarts").EnumerateArray().Select(r => $"{r.GetProperty("vm")}→{r.GetProperty("toHost")}").ShouldBe(["vm2→host2"]);
        answer.GetProperty("notRestarted").EnumerateArray().Select(r => $"{r.GetProperty("vm")} {r.GetProperty("mostCommonBlock")}").ShouldBe(["vm1 ram", "vm3 ram"]);
        // vSphere counts reservations: these VMs reserve none, so one host failure is covered; the provisioned view says it is not.
        answer.GetProperty("admission").GetProperty("admitted").GetBoolean().ShouldBeTrue();
        answer.GetProperty("admission").GetProperty("basis").GetString().ShouldBe("reservations");
        var provisioned = await Answer(id, "failover", """{ "cluster": "cluster1", "failedHosts": ["host1"], "admissionBasis": "provisioned" }""");
        provisioned.GetProperty("admission").GetProperty("admitted").GetBoolean().ShouldBeFalse();
    }

    [SkippableFact]
    public async Task Migration_over_the_sample_network_converges_and_over_1_gbit_says_it_does_not()
    {
        var id = await FromSample("live-migration");

        var fast = await Answer(id, "migration", """{ "vm": "vm-db", "targetHost": "host2" }""");
        var slow = await Answer(id, "migration", """{ "vm": "vm-db", "targetHost": "host2", "bandwidthMbps": 1000 }""");

        fast.GetProperty("feasible").GetBoolean().ShouldBeTrue();
        fast.GetProperty("answer").GetProperty("rounds").GetArrayLength().ShouldBe(3);
        fast.GetProperty("answer").GetProperty("downtimeMs").GetDouble().ShouldBe(58.6, 0.1);
        fast.GetProperty("answer").GetProperty("assumptions").GetString()!.ShouldContain("1 Gbit/s = 10^9 bit/s");
        fast.GetProperty("setup").GetProperty("path").GetProperty("vlan").GetInt32().ShouldBe(100);
        slow.GetProperty("feasible").GetBoolean().ShouldBeFalse();
        slow.GetProperty("answer").GetProperty("stopReason").GetString().ShouldBe("noProgress");
        slow.GetProperty("answer").GetProperty("downtimeMs").ValueKind.ShouldBe(JsonValueKind.Null);
        slow.GetProperty("answer").GetProperty("explanation").GetString()!.ShouldContain("Does not converge");
    }

    /// <summary>The writable working set and the protocol overhead come in as optional fields; a bad one names its JSON path.</summary>
    [SkippableFact]
    public async Task Migration_takes_the_writable_working_set_and_overhead_and_refuses_a_bad_overhead()
    {
        var id = await FromSample("live-migration");

        var capped = await Answer(id, "migration", """{ "vm": "vm-db", "targetHost": "host2", "bandwidthMbps": 1000, "writableWorkingSetMiB": 20, "protocolOverheadPercent": 5.9 }""");
        var refused = await Refusal(id, "migration", """{ "vm": "vm-db", "targetHost": "host2", "protocolOverheadPercent": 120 }""");

        capped.GetProperty("answer").GetProperty("rounds")[0].GetProperty("dirtiedMiB").GetDouble().ShouldBe(20, 1e-9);
        capped.GetProperty("answer").GetProperty("converged").GetBoolean().ShouldBeTrue();
        capped.GetProperty("answer").GetProperty("assumptions").GetString()!.ShouldContain("5.9 % protocol overhead");
        refused.Path.ShouldBe("protocolOverheadPercent");
    }

    [SkippableFact]
    public async Task The_load_balancer_sends_nothing_to_web2_once_it_fails_its_health_checks()
    {
        var id = await FromSample("web-lb");

        var answer = await Answer(id, "load-balancer", """{ "loadBalancer": "lb", "unhealthyMembers": ["web2"], "durationSeconds": 30 }""");

        var shares = answer.GetProperty("outages")[0].GetProperty("sharesWhileOut");
        shares.GetProperty("web2").GetDouble().ShouldBe(0);
        shares.GetProperty("web1").GetDouble().ShouldBe(0.5, 0.02);
        answer.GetProperty("algorithm").GetString().ShouldBe("roundRobin");
    }

    [SkippableFact]
    public async Task The_load_balancer_keeps_clients_on_their_member_with_stickiness_and_drains_web2()
    {
        var id = await FromSample("web-lb");

        var answer = await Answer(id, "load-balancer",
            """{ "loadBalancer": "lb", "durationSeconds": 30, "stickinessSeconds": 1800, "drainMembers": ["web2"], "drainAtSeconds": 5 }""");

        answer.GetProperty("drains")[0].GetProperty("member").GetString().ShouldBe("web2");
        answer.GetProperty("drains")[0].GetProperty("cut").GetInt32().ShouldBe(0);
        answer.GetProperty("assumptions").GetString()!.ShouldContain("web1 8");
        answer.GetProperty("clientsOnOneMember").GetDouble().ShouldBeLessThan(1);
    }

    [SkippableFact]
    public async Task Draining_a_member_the_pool_lacks_is_a_400_naming_it()
    {
        var id = await FromSample("web-lb");

        var (path, message) = await Refusal(id, "load-balancer", """{ "loadBalancer": "lb", "drainMembers": ["web1", "web9"] }""");

        path.ShouldBe("drainMembers[1]");
        message.ShouldContain("'web9' is not an enabled member of 'lb'");
    }

    [SkippableFact]
    public async Task Placement_and_balance_answer_on_the_cluster_sample()
    {
        var id = await FromSample("cluster-capacity");

        var placed = await Answer(id, "placement", """{ "cluster": "cluster1", "newVms": [{ "name": "app1", "vcpu": 2, "ramGb": 8 }], "strategy": "worstFit" }""");
        var balanced = await Answer(id, "balance", """{ "cluster": "cluster1", "migrationThreshold": 1, "maintenanceHost": "host2" }""");

        placed.GetProperty("assignments")[0].GetProperty("vm").GetString().ShouldBe("app1");
        placed.GetProperty("strategy").GetString().ShouldBe("worstFit");
        balanced.GetProperty("threshold").GetProperty("tolerance").GetString().ShouldBe("Infinity");
        balanced.GetProperty("recommendations").EnumerateArray().ShouldAllBe(r => r.GetProperty("from").GetString() == "host2");
    }

    [SkippableFact]
    public async Task Optimal_placement_answers_with_what_the_solver_proved_and_its_assumptions()
    {
        var id = await FromSample("cluster-capacity");

        var placed = await Answer(id, "placement",
            """{ "cluster": "cluster1", "newVms": [{ "name": "app1", "vcpu": 2, "ramGb": 8 }], "strategy": "optimal", "timeBudgetSeconds": 3 }""");

        placed.GetProperty("strategy").GetString().ShouldBe("optimal");
        placed.GetProperty("search").GetProperty("outcome").GetString().ShouldBe("provenOptimal");
        placed.GetProperty("search").GetProperty("summary").GetString()!.ShouldStartWith("Proven optimal");
        placed.GetProperty("assumptions").GetString()!.ShouldContain("within 3 s");
    }

    [SkippableFact]
    public async Task Balanced_optimal_placement_says_how_busy_the_busiest_host_is()
    {
        var id = await FromSample("cluster-capacity");

        var placed = await Answer(id, "placement",
            """{ "cluster": "cluster1", "newVms": [{ "name": "app1", "vcpu": 2, "ramGb": 8 }], "strategy": "optimal", "objective": "balanced", "timeBudgetSeconds": 3 }""");

        placed.GetProperty("search").GetProperty("summary").GetString()!.ShouldContain("busiest host at");
        placed.GetProperty("assumptions").GetString()!.ShouldContain("the busiest host's largest share");
    }

    [SkippableFact]
    public async Task The_sweep_finds_no_single_host_failure_of_the_cluster_sample_survived_without_loss()
    {
        var id = await FromSample("cluster-capacity");

        var answer = await Answer(id, "failover/sweep", """{ "cluster": "cluster1" }""");

        answer.GetProperty("scenarios").GetArrayLength().ShouldBe(2);
        answer.GetProperty("fullyRestarted").GetInt32().ShouldBe(0);
        answer.GetProperty("worst").GetProperty("failedHosts")[0].GetString().ShouldBe("host1");
    }

    [SkippableTheory]
    [InlineData("failover/sweep", """{ "cluster": "cluster1", "maxFailedHosts": 3 }""", "maxFailedHosts", "between 1 and 2")]
    [InlineData("migration", """{ "vm": "vm-nope", "targetHost": "host2" }""", "vm", "vm-nope")]
    [InlineData("migration", """{ "vm": "vm-db", "targetHost": "host2", "bandwidthMbps": -10 }""", "bandwidthMbps", "greater than 0")]
    [InlineData("capacity", """{ "cluster": "cluster1", "cpuOvercommitRatio": 0 }""", "cpuOvercommitRatio", "greater than 0")]
    [InlineData("capacity", """{ "cluster": "cluster9" }""", "cluster", "cluster9")]
    [InlineData("capacity", """{ "cluster": "cluster1", "datastore": "nas9" }""", "datastore", "'nas9' is not a shared datastore of the cluster; choose one of san1, local")]
    [InlineData("capacity", """{ "cluster": "cluster1", "datastore": " " }""", "datastore", "name a shared datastore")]
    [InlineData("capacity", """{ "cluster": "cluster1", "hypervisorReserveGb": -1 }""", "hypervisorReserveGb", "cannot be negative")]
    [InlineData("placement", """{ "cluster": "cluster1", "newVms": [{ "name": "n1", "datastore": "nas9" }] }""", "newVms[0].datastore", "not a shared datastore")]
    [InlineData("capacity", """{ "cluster": "cluster1", "vcpu": "four" }""", "vcpu", "")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": "bogoFit" }""", "strategy", "")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": "optimal", "timeBudgetSeconds": 0 }""", "timeBudgetSeconds", "greater than 0")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": "optimal", "timeBudgetSeconds": 9 }""", "timeBudgetSeconds", "between 0 and 5")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": "bestFit", "objective": "balanced" }""", "objective", "strategy 'optimal' only")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": "optimal", "objective": "flat" }""", "objective", "")]
    [InlineData("failover", """{ "cluster": "cluster1", "failedHosts": ["host1", "host7"] }""", "failedHosts[1]", "host7")]
    [InlineData("balance", """{ "cluster": "cluster1", "migrationThreshold": 0 }""", "migrationThreshold", "between 1 and 5")]
    [InlineData("balance", """{ "cluster": "cluster1", "planner": "fast" }""", "planner", "expected one of \"greedy\", \"optimal\"")]
    [InlineData("balance", """{ "cluster": "cluster1", "planner": "optimal", "timeBudgetSeconds": 0 }""", "timeBudgetSeconds", "greater than 0")]
    [InlineData("failover", """{ "cluster": "cluster1", "failedHosts": ["host1"], "planner": "greedy" }""", "planner", "expected one of \"vsphere\", \"optimal\"")]
    [InlineData("failover", """{ "cluster": "cluster1", "failedHosts": ["host1"], "planner": "optimal", "timeBudgetSeconds": 9 }""", "timeBudgetSeconds", "between 0 and 5")]
    [InlineData("load-balancer", """{ "loadBalancer": "lb" }""", "loadBalancer", "no load balancer")]
    [InlineData("load-balancer", """{ "loadBalancer": "lb", "requestsPerVcpu": 0 }""", "requestsPerVcpu", "between 1 and 10000")]
    [InlineData("load-balancer", """{ "loadBalancer": "lb", "stickinessSeconds": 0 }""", "stickinessSeconds", "greater than 0")]
    [InlineData("load-balancer", """{ "loadBalancer": "lb", "slowStartSeconds": -1 }""", "slowStartSeconds", "cannot be negative")]
    [InlineData("capacity", "", "$", "send a JSON object")]
    [InlineData("placement", """{ "cluster": "cluster1", "newVms": [null] }""", "newVms[0]", "expected an object { name, vcpu, ramGb, diskGb, datastore }")]
    [InlineData("placement", """{ "cluster": "cluster1", "newVms": [5] }""", "newVms[0]", "expected an object { name, vcpu, ramGb, diskGb, datastore }")]
    [InlineData("placement", """{ "cluster": "cluster1", "newVms": [{ "name": "n1", "vcpu": 1.5 }] }""", "newVms[0].vcpu", "expected a whole number")]
    [InlineData("placement", """{ "cluster": "cluster1", "newVms": {} }""", "newVms", "expected a list, each an object { name, vcpu, ramGb, diskGb, datastore }")]
    [InlineData("placement", """{ "cluster": "cluster1", "strategy": 3 }""", "strategy", "expected one of \"firstFit\", \"bestFit\"")]
    [InlineData("load-balancer", """{ "loadBalancer": "lb", "arrivalRatePerSecond": 100000, "durationSeconds": 3600 }""", "durationSeconds",
        "at most 5,000,000 simulated requests (arrivalRatePerSecond × durationSeconds) per run (was 360,000,000)")]
    public async Task A_question_the_topology_cannot_answer_is_a_400_naming_the_field(string simulation, string json, string field, string reason)
    {
        var id = await FromSample(simulation == "migration" ? "live-migration" : "cluster-capacity");

        var (path, message) = await Refusal(id, simulation, json);

        path.ShouldBe(field);
        message.ShouldContain(reason);
    }

    [SkippableTheory]
    [InlineData(null, 3, null)]
    [InlineData("greedy", 3, null)]
    [InlineData("optimal", 2, "provenOptimal")]
    public async Task Balance_answers_with_the_planner_asked_the_optimal_one_in_fewer_migrations_where_greedy_needs_three(string? planner, int migrations, string? outcome)
    {
        var id = await Stored(PlannerCases.Lopsided);
        var field = planner is null ? "" : $$""", "planner": "{{planner}}", "timeBudgetSeconds": 2.5""";

        var answer = await Answer(id, "balance", $$"""{ "cluster": "cluster1", "migrationThreshold": 4{{field}} }""");

        answer.GetProperty("recommendations").GetArrayLength().ShouldBe(migrations, answer.ToString());
        if (outcome is null)
        {
            answer.GetProperty("search").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            answer.GetProperty("search").GetProperty("outcome").GetString().ShouldBe(outcome);
            answer.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("vm").GetString()).Order().ShouldBe(["vm3", "vm5"]);
            answer.GetProperty("assumptions").GetString()!.ShouldContain("within 2.5 s");
        }
    }

    [SkippableTheory]
    [InlineData(null, new[] { "vm1" }, null)]
    [InlineData("vsphere", new[] { "vm1" }, null)]
    [InlineData("optimal", new[] { "vm2", "vm3" }, "provenOptimal")]
    public async Task Failover_answers_with_the_planner_asked_the_optimal_one_restarting_two_high_vms_where_vsphere_strands_them(
        string? planner, string[] restarted, string? outcome)
    {
        var id = await Stored(PlannerCases.Stranding);
        var field = planner is null ? "" : $$""", "planner": "{{planner}}" """;

        var answer = await Answer(id, "failover", $$"""{ "cluster": "cluster1", "failedHosts": ["host1"]{{field}} }""");

        answer.GetProperty("restarts").EnumerateArray().Select(r => r.GetProperty("vm").GetString()!).Order().ToArray().ShouldBe(restarted, answer.ToString());
        if (outcome is null)
        {
            answer.GetProperty("search").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            answer.GetProperty("search").GetProperty("outcome").GetString().ShouldBe(outcome);
        }
    }

    [SkippableTheory]
    [InlineData("""{ "cluster": "cluster1", "newVms": [null] }""")]
    [InlineData("""{ "cluster": "cluster1", "newVms": [5], "seed": "x" }""")]
    [InlineData("""{ "cluster": "cluster1", "cpuOvercommitRatio": [] }""")]
    public async Task A_value_of_the_wrong_kind_is_refused_without_dotnet_type_names(string json)
    {
        var id = await FromSample("cluster-capacity");

        var response = await Ask(id, "placement", json);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldNotContain("InfraDesigner.");
        body.ShouldNotContain("System.");
    }

    [SkippableFact]
    public async Task A_run_over_the_time_budget_is_cancelled_and_refused_naming_the_limit()
    {
        // A zero budget cancels the run before the engine starts, so the outcome does not depend on the machine's speed.
        using var noTime = _factory.WithWebHostBuilder(b => b.UseSetting("Limits:RunSeconds", "0"));
        var client = noTime.CreateClient();
        var created = await client.PostAsync("/api/topologies/from-sample/cluster-capacity", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await client.PostAsync($"/api/topologies/{id}/simulations/placement",
            new StringContent("""{ "cluster": "cluster1" }""", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem();
        error.Name.ShouldBe("newVms");
        error.Value[0].GetString().ShouldBe("the run exceeded the 0 s limit; make newVms smaller");
    }

    [SkippableFact]
    public async Task A_matrix_over_the_time_budget_is_cancelled_and_refused_naming_the_limit()
    {
        using var noTime = _factory.WithWebHostBuilder(b => b.UseSetting("Limits:RunSeconds", "0"));
        var client = noTime.CreateClient();
        var created = await client.PostAsync("/api/topologies/from-sample/zones-eai", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await client.GetAsync($"/api/topologies/{id}/matrix?ports=443,3300");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("ports")[0].GetString()
            .ShouldBe("the run exceeded the 0 s limit; make ports smaller");
    }

    [SkippableFact]
    public async Task An_unknown_topology_is_a_404()
    {
        var response = await Ask(Guid.NewGuid(), "capacity", """{ "cluster": "cluster1" }""");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task The_openapi_document_lists_every_simulation_with_a_summary()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var name in new[] { "placement", "capacity", "migration", "balance", "failover", "failover/sweep", "load-balancer" })
        {
            var post = paths.GetProperty($"/api/topologies/{{id}}/simulations/{name}").GetProperty("post");
            post.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }
}

public sealed class SimulationEndpointsOnSqliteTests(AppFactory factory) : SimulationEndpointsTests<AppFactory>(factory);

public sealed class SimulationEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : SimulationEndpointsTests<PostgreSqlAppFactory>(factory);
