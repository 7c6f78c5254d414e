using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Api;

public abstract class ReachabilityEndpointsTests<TApp> : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly FirewallRule AppAToSap = new()
    {
        Name = "allow-app-a-to-sap",
        Source = RuleEndpoint.Element("app-a"),
        Destination = RuleEndpoint.Element("sap"),
        Protocol = Protocol.Tcp,
        Ports = PortRange.Single(3300),
    };

    private readonly HttpClient _client;

    protected ReachabilityEndpointsTests(TApp factory) => _client = factory.CreateClient();

    private async Task<Guid> FromSample(string sample)
    {
        var created = await _client.PostAsync($"/api/topologies/from-sample/{sample}", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static StringContent Document(Topology topology) => new(TopologyDocumentSerializer.Export(topology), Encoding.UTF8, "application/json");

    private static Topology WithAllowRule()
    {
        var topology = SampleTopologies.Get("zones-firewall").Topology;
        var fw = topology.FindElement<Firewall>("fw-ab")!;
        return topology.WithElement(fw with { Rules = fw.Rules.Add(AppAToSap) });
    }

    private async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<string> BadRequest(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        return body;
    }

    private Task<HttpResponseMessage> Ask(Guid id, string question) =>
        _client.PostAsJsonAsync($"/api/topologies/{id}/ask", new { question });

    [SkippableFact]
    public async Task Asking_whether_app_a_reaches_sap_answers_denied_at_fw_ab_by_its_default_rule_with_the_fix()
    {
        var id = await FromSample("zones-firewall");

        var json = await Ok(await Ask(id, "can app-a reach sap on port 3300?"));

        json.GetProperty("parsed").GetProperty("from").GetString().ShouldBe("app-a");
        json.GetProperty("parsed").GetProperty("to").GetString().ShouldBe("sap");
        json.GetProperty("parsed").GetProperty("port").GetInt32().ShouldBe(3300);
        var answer = json.GetProperty("answer");
        answer.GetProperty("reachable").GetBoolean().ShouldBeFalse();
        answer.GetProperty("disposition").GetString().ShouldBe("DeniedOut");
        answer.GetProperty("decidedBy").GetProperty("firewall").GetString().ShouldBe("fw-ab");
        answer.GetProperty("decidedBy").GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        answer.GetProperty("fixes")[0].GetProperty("description").GetString()
            .ShouldBe("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300 before the default rule");
        answer.GetProperty("paths")[0].GetProperty("hops").EnumerateArray().Select(h => h.GetProperty("device").GetString())
            .ShouldBe(["app-a", "switch", "router", "fw-ab"]);
    }

    [SkippableFact]
    public async Task A_question_in_korean_is_answered_the_same_way()
    {
        var id = await FromSample("zones-firewall");

        var json = await Ok(await Ask(id, "app-a에서 sap 3300 포트로 접속 가능한가?"));

        json.GetProperty("answer").GetProperty("reachable").GetBoolean().ShouldBeFalse();
        json.GetProperty("answer").GetProperty("decidedBy").GetProperty("firewall").GetString().ShouldBe("fw-ab");
    }

    [SkippableFact]
    public async Task With_the_allow_rule_the_answer_is_the_path_and_the_rule_that_allows_it()
    {
        var created = await _client.PostAsync("/api/topologies", Document(WithAllowRule()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var answer = await Ok(await _client.PostAsJsonAsync($"/api/topologies/{id}/reachability", new { from = "app-a", to = "sap", port = 3300, protocol = "tcp" }));

        answer.GetProperty("reachable").GetBoolean().ShouldBeTrue();
        answer.GetProperty("allowedBy")[0].GetProperty("rule").GetString().ShouldBe("allow-app-a-to-sap");
        var firewallHop = answer.GetProperty("paths")[0].GetProperty("hops")[3];
        firewallHop.GetProperty("device").GetString().ShouldBe("fw-ab");
        var filter = firewallHop.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "filter");
        filter.GetProperty("rule").GetProperty("number").GetInt32().ShouldBe(1);
        filter.GetProperty("rule").GetProperty("rule").GetString().ShouldBe("allow-app-a-to-sap");
        answer.GetProperty("paths")[0].GetProperty("return").GetProperty("disposition").GetString().ShouldBe("Accepted");
    }

    [SkippableFact]
    public async Task The_user_reaches_the_lb_on_443_through_each_pool_member_and_is_denied_port_22()
    {
        var id = await FromSample("web-lb");

        var https = await Ok(await _client.PostAsJsonAsync($"/api/topologies/{id}/reachability", new { from = "user", to = "lb", port = 443 }));
        var ssh = await Ok(await _client.PostAsJsonAsync($"/api/topologies/{id}/reachability", new { from = "user", to = "lb", port = 22 }));

        https.GetProperty("paths").GetArrayLength().ShouldBe(3);
        ssh.GetProperty("reachable").GetBoolean().ShouldBeFalse();
        ssh.GetProperty("summary").GetString()!.ShouldContain("denied at fw-edge: default rule (deny)");
    }

    [SkippableFact]
    public async Task An_unknown_name_is_a_bad_request_that_suggests_the_closest_name()
    {
        var id = await FromSample("zones-firewall");

        (await BadRequest(await Ask(id, "can app-a reach sapp on port 3300?"))).ShouldContain("no element named 'sapp'; did you mean 'sap'?");
        (await BadRequest(await _client.PostAsJsonAsync($"/api/topologies/{id}/reachability", new { from = "app-a", to = "sapp", port = 3300 })))
            .ShouldContain("no element named 'sapp'; did you mean 'sap'?");
    }

    [SkippableFact]
    public async Task Worked_question_3_as_written_is_answered_at_ip_level_with_the_services_of_the_destination()
    {
        var id = await FromSample("vlans");

        var json = await Ok(await Ask(id, "can PC1 reach PC2?"));

        json.GetProperty("kind").GetString().ShouldBe("services");
        json.GetProperty("parsed").GetProperty("protocol").GetString().ShouldBe("any");
        json.GetProperty("answer").GetProperty("reachable").GetBoolean().ShouldBeTrue();
        json.GetProperty("answer").GetProperty("flow").GetString().ShouldBe("PC1 -> PC2 icmp");
        json.GetProperty("services").GetArrayLength().ShouldBe(0);
    }

    [SkippableFact]
    public async Task Without_a_port_each_service_of_the_destination_has_its_verdict_and_deciding_rule()
    {
        var id = await FromSample("zones-eai");

        var json = await Ok(await Ask(id, "can app-a reach sap?"));

        json.GetProperty("answer").GetProperty("decidedBy").GetProperty("text").GetString().ShouldBe("fw-ab: default rule (deny)");
        json.GetProperty("services").EnumerateArray().Select(s => $"{s.GetProperty("service").GetString()} {s.GetProperty("port").GetInt32()}: {s.GetProperty("reason").GetString()}")
            .ShouldBe(["sap-dispatcher 3200: fw-ab: default rule (deny)", "sap-gateway 3300: fw-ab: rule 3 'app-a-to-sap-denied' (deny)"]);
    }

    [SkippableTheory]
    [InlineData("what can reach sap?")]
    [InlineData("sap에 접근할 수 있는 것은?")]
    public async Task What_can_reach_sap_lists_each_source_and_service_with_the_rule_that_decided(string question)
    {
        var id = await FromSample("zones-eai");

        var json = await Ok(await Ask(id, question));

        json.GetProperty("kind").GetString().ShouldBe("reaching");
        json.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("parsed").GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        var rows = json.GetProperty("services").EnumerateArray().ToArray();
        rows.Select(r => $"{r.GetProperty("from").GetString()} -> {r.GetProperty("to").GetString()} {r.GetProperty("service").GetString()}: {r.GetProperty("reachable").GetBoolean()}")
            .ShouldBe(["app-a -> sap ping: False", "app-a -> sap sap-dispatcher: False", "app-a -> sap sap-gateway: False", "eai -> sap ping: False", "eai -> sap sap-dispatcher: False", "eai -> sap sap-gateway: True"]);
        var open = rows[^1];
        open.GetProperty("port").GetInt32().ShouldBe(3300);
        open.GetProperty("decidedBy").GetProperty("rule").GetString().ShouldBe("eai-to-sap");
        rows[0].GetProperty("port").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [SkippableFact]
    public async Task What_app_a_can_reach_is_listed_in_korean_too()
    {
        var id = await FromSample("zones-eai");

        var json = await Ok(await Ask(id, "app-a가 접근할 수 있는 곳은?"));

        json.GetProperty("kind").GetString().ShouldBe("reachableFrom");
        var reachable = json.GetProperty("services").EnumerateArray().Where(r => r.GetProperty("reachable").GetBoolean()).ShouldHaveSingleItem();
        reachable.GetProperty("to").GetString().ShouldBe("eai");
        reachable.GetProperty("reason").GetString().ShouldBe("fw-ab: rule 1 'app-a-to-eai' (allow)");
    }

    [SkippableTheory]
    [InlineData("""{ "question": "" }""", "ask")]
    [InlineData("""{ "question": "what is the weather?" }""", "ask")]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": 3300, "protocol": "sctp" }""", "reachability")]
    [InlineData("""{ "from": "app-a", "port": 3300 }""", "reachability")]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": "many" }""", "reachability")]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": 70000 }""", "reachability")]
    [InlineData("not json", "ask")]
    public async Task A_bad_question_is_a_bad_request_never_a_server_error(string body, string endpoint)
    {
        var id = await FromSample("zones-firewall");

        await BadRequest(await _client.PostAsync($"/api/topologies/{id}/{endpoint}", new StringContent(body, Encoding.UTF8, "application/json")));
    }

    [SkippableTheory]
    [InlineData("ports=0,70000", "ports", new[] { "port 0 is out of range 1-65535", "port 70000 is out of range 1-65535" })]
    [InlineData("ports=0", "ports", new[] { "port 0 is out of range 1-65535" })]
    [InlineData("ports=443,70000", "ports", new[] { "port 70000 is out of range 1-65535" })]
    [InlineData("ports=https", "ports", new[] { "'https' is not a port number (1-65535)" })]
    public async Task A_matrix_over_a_port_out_of_range_is_refused_naming_each_bad_port(string query, string field, string[] messages)
    {
        var id = await FromSample("zones-eai");

        var errors = JsonDocument.Parse(await BadRequest(await _client.GetAsync($"/api/topologies/{id}/matrix?{query}"))).RootElement.GetProperty("errors");

        errors.EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe(field);
        errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()).ShouldBe(messages);
    }

    [SkippableTheory]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": 70000 }""", "port", "port 70000 is out of range 1-65535")]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": 0 }""", "port", "port 0 is out of range 1-65535")]
    [InlineData("""{ "from": "app-a", "to": "sap", "port": "many" }""", "port", "expected a whole number from 1 to 65535")]
    [InlineData("""{ "from": "app-a", "to": 7, "port": 3300 }""", "to", "expected a string")]
    [InlineData("""{ "from": "app-a", "port": 3300 }""", "to", "'to' is required")]
    public async Task A_bad_trace_is_refused_at_the_field_that_is_wrong(string body, string field, string message)
    {
        var id = await FromSample("zones-firewall");

        var response = await _client.PostAsync($"/api/topologies/{id}/reachability", new StringContent(body, Encoding.UTF8, "application/json"));
        var errors = JsonDocument.Parse(await BadRequest(response)).RootElement.GetProperty("errors");

        errors.EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe(field);
        errors.GetProperty(field)[0].GetString().ShouldBe(message);
    }

    [SkippableFact]
    public async Task A_matrix_over_more_elements_than_the_limit_is_refused_naming_the_limit()
    {
        var id = await FromSample("zones-eai");
        var elements = string.Join(",", Enumerable.Range(1, 201).Select(i => $"e{i}"));

        var body = await BadRequest(await _client.GetAsync($"/api/topologies/{id}/matrix?elements={elements}"));

        JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("elements")[0].GetString().ShouldBe("at most 200 elements per matrix (was 201)");
    }

    [SkippableFact]
    public async Task Questions_about_a_topology_that_does_not_exist_are_not_found()
    {
        (await Ask(Guid.NewGuid(), "can app-a reach sap on port 3300?")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync($"/api/topologies/{Guid.NewGuid()}/matrix")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task The_matrix_shows_zone_a_reaching_the_eai_but_not_sap()
    {
        var id = await FromSample("zones-eai");

        var get = await Ok(await _client.GetAsync($"/api/topologies/{id}/matrix?ports=443,3300"));
        var post = await Ok(await _client.PostAsJsonAsync($"/api/topologies/{id}/matrix", new { ports = new[] { 443, 3300 }, protocol = "tcp" }));

        get.GetRawText().ShouldBe(post.GetRawText());
        string Verdict(string from, string to, int port) => get.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("from").GetString() == from && c.GetProperty("to").GetString() == to && c.GetProperty("port").GetInt32() == port)
            .GetProperty("verdict").GetString()!;
        Verdict("A", "integration", 443).ShouldBe("Allowed");
        Verdict("A", "B", 3300).ShouldBe("Denied");
        Verdict("integration", "B", 3300).ShouldBe("Allowed");
    }

    [SkippableFact]
    public async Task A_rule_behind_an_identical_earlier_rule_is_reported_shadowed()
    {
        var topology = WithAllowRule();
        var fw = topology.FindElement<Firewall>("fw-ab")!;
        topology = topology.WithElement(fw with { Rules = fw.Rules.Add(AppAToSap with { Name = "deny-app-a-to-sap", Action = RuleAction.Deny }) });
        var created = await _client.PostAsync("/api/topologies", Document(topology));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var shadowed = (await Ok(await _client.GetAsync($"/api/topologies/{id}/shadowed-rules"))).EnumerateArray().Single();

        shadowed.GetProperty("rule").GetProperty("rule").GetString().ShouldBe("deny-app-a-to-sap");
        shadowed.GetProperty("kind").GetString().ShouldBe("Shadowed");
        shadowed.GetProperty("blockedBy")[0].GetProperty("rule").GetString().ShouldBe("allow-app-a-to-sap");
    }

    [SkippableFact]
    public async Task The_diff_from_a_saved_version_to_current_shows_the_flow_the_new_rule_opens()
    {
        var id = await FromSample("zones-firewall");
        var saved = await (await _client.PostAsJsonAsync($"/api/topologies/{id}/revisions", new { name = "before the rule" })).Content.ReadFromJsonAsync<JsonElement>();
        (await _client.PutAsync($"/api/topologies/{id}", Document(WithAllowRule()))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var diff = await Ok(await _client.GetAsync($"/api/topologies/{id}/diff?from={saved.GetProperty("number").GetInt32()}&to=current"));

        var gained = diff.GetProperty("gained").EnumerateArray().Select(g => $"{g.GetProperty("from").GetString()}->{g.GetProperty("to").GetString()}:{g.GetProperty("port").GetInt32()}").ToArray();
        gained.ShouldContain("app-a->sap:3300");
        diff.GetProperty("lost").GetArrayLength().ShouldBe(0);
        await BadRequest(await _client.GetAsync($"/api/topologies/{id}/diff?from=first&to=current"));
        (await _client.GetAsync($"/api/topologies/{id}/diff?from=99&to=current")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Repeated_questions_about_one_version_compile_it_once()
    {
        var id = await FromSample("vlans");
        await Ok(await Ask(id, "can PC1 ping PC2?"));
        var compiled = 0;

        CompiledTopologyCache.Shared.GetOrCompile(id, "v1", () => { compiled++; return null!; });
        await Ok(await Ask(id, "can PC1 ping PC3?"));

        compiled.ShouldBe(0);
    }

    [SkippableFact]
    public void The_cache_keeps_only_the_most_recently_used_snapshots()
    {
        var cache = new CompiledTopologyCache(capacity: 2);
        var snapshot = Simulation.Reachability.Compilation.TopologyCompiler.Compile(SampleTopologies.Get("vlans").Topology);
        var compiles = 0;
        Simulation.Reachability.NetworkSnapshot Compile() { compiles++; return snapshot; }
        var id = Guid.NewGuid();

        cache.GetOrCompile(id, "v1", Compile);
        cache.GetOrCompile(id, "v2", Compile);
        cache.GetOrCompile(id, "v1", Compile);
        cache.GetOrCompile(id, "v3", Compile);
        cache.GetOrCompile(id, "v1", Compile);
        cache.GetOrCompile(id, "v2", Compile);

        cache.Count.ShouldBe(2);
        compiles.ShouldBe(4);
    }
}

public sealed class ReachabilityEndpointsOnSqliteTests(AppFactory factory) : ReachabilityEndpointsTests<AppFactory>(factory);

public sealed class ReachabilityEndpointsOnPostgreSqlTests(PostgreSqlAppFactory factory) : ReachabilityEndpointsTests<PostgreSqlAppFactory>(factory);
