using System.Net;
using System.Text;
using InfraDesigner.Web.Security;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Tests.Security;

/// <summary>The secure default the app starts with: headers, HSTS, API rate limits, request size, diagnostics and error details.</summary>
public sealed class SecurityDefaultsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private WebApplicationFactory<Program> InProduction(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(Environments.Production);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    [Theory]
    [InlineData("/")]
    [InlineData("/api/samples")]
    [InlineData("/no-such-page")]
    public async Task Pages_api_answers_and_errors_carry_the_security_headers(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        var headers = response.Headers;
        headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public void The_policy_allows_scripts_from_the_app_only_and_no_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        directives["script-src"].ShouldBe("script-src 'self'");
        directives["frame-ancestors"].ShouldBe("frame-ancestors 'none'");
        directives["object-src"].ShouldBe("object-src 'none'");
        directives["default-src"].ShouldBe("default-src 'self'");
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development_only()
    {
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://infradesigner.example") };
        var http = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://infradesigner.example") };

        using var production = await InProduction().CreateClient(https).GetAsync("/health");
        using var plain = await InProduction().CreateClient(http).GetAsync("/health");
        using var development = await factory.CreateClient(https).GetAsync("/health");

        production.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        development.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task The_api_refuses_a_client_over_its_limit_with_429_retry_after_and_a_problem_while_others_go_on()
    {
        var limited = factory.WithWebHostBuilder(b => b.UseSetting("Api:RateLimit:PermitLimit", "3").UseSetting("Api:RateLimit:WindowSeconds", "60"));
        _ = limited.Server;

        for (var i = 0; i < 3; i++) (await SendFrom(limited.Server, "10.0.0.1", "/api/samples")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        var refused = await SendFrom(limited.Server, "10.0.0.1", "/api/samples");

        refused.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        int.Parse(refused.Response.Headers.RetryAfter.ToString()).ShouldBeInRange(1, 60);
        refused.Response.ContentType.ShouldBe("application/problem+json");
        (await new StreamReader(refused.Response.Body).ReadToEndAsync()).ShouldContain("More than 3 API requests in 60 s from 10.0.0.1");
        (await SendFrom(limited.Server, "10.0.0.2", "/api/samples")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        (await SendFrom(limited.Server, "10.0.0.1", "/health")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit_and_anyone_else_cannot_claim_an_address()
    {
        var proxied = factory.WithWebHostBuilder(b => b.UseSetting("Api:RateLimit:PermitLimit", "1").UseSetting("Api:RateLimit:WindowSeconds", "60")
            .UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        _ = proxied.Server;

        (await SendFrom(proxied.Server, "10.0.0.5", "/api/samples", forwardedFor: "203.0.113.1")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        (await SendFrom(proxied.Server, "10.0.0.5", "/api/samples", forwardedFor: "203.0.113.2")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        var again = await SendFrom(proxied.Server, "10.0.0.5", "/api/samples", forwardedFor: "203.0.113.1");
        (await SendFrom(proxied.Server, "10.0.0.9", "/api/samples", forwardedFor: "203.0.113.3")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        var spoofing = await SendFrom(proxied.Server, "10.0.0.9", "/api/samples", forwardedFor: "203.0.113.4");

        again.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        (await new StreamReader(again.Response.Body).ReadToEndAsync()).ShouldContain("from 203.0.113.1");
        spoofing.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        (await new StreamReader(spoofing.Response.Body).ReadToEndAsync()).ShouldContain("from 10.0.0.9");
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "nginx", "ForwardedHeaders:KnownProxies:0: 'nginx' is not an IP address.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "172.16.0.0/40", "ForwardedHeaders:KnownNetworks:0: '172.16.0.0/40' is not a network in CIDR form, e.g. 172.16.0.0/12.")]
    public void A_proxy_setting_that_is_not_an_address_stops_the_start_naming_it(string key, string value, string message)
    {
        var wrong = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        Should.Throw<InvalidOperationException>(() => wrong.Server).Message.ShouldBe(message);
    }

    [Fact]
    public async Task A_body_over_the_document_limit_is_refused_with_413_on_any_endpoint()
    {
        var small = factory.WithWebHostBuilder(b => b.UseSetting("Api:MaxDocumentBytes", "1000"));
        var question = $$"""{"from":"app-a","to":"sap","port":3300,"note":"{{new string('x', 5000)}}"}""";

        using var response = await small.CreateClient().PostAsync($"/api/topologies/{Guid.NewGuid()}/reachability",
            new StringContent(question, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("Request too large");
        problem.ShouldContain("Api:MaxDocumentBytes");
    }

    [Fact]
    public async Task Diagnostics_exist_outside_development_only_where_the_configuration_enables_them()
    {
        using var hidden = await InProduction().CreateClient().GetAsync("/api/diagnostics/memory");
        using var enabled = await InProduction(("Diagnostics:Enabled", "true")).CreateClient().GetAsync("/api/diagnostics/memory");
        using var development = await factory.CreateClient().GetAsync("/api/diagnostics/memory");

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        development.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_failure_names_its_exception_in_development_and_nothing_of_it_elsewhere()
    {
        const string secret = "connection to db-7 refused for user sa";

        var production = await Failing(InProduction(), secret);
        var development = await Failing(factory, secret);

        production.ShouldContain("\"status\":500");
        production.ShouldNotContain(secret);
        production.ShouldNotContain(nameof(InvalidOperationException));
        development.ShouldContain($"{typeof(InvalidOperationException).FullName}: {secret}");
    }

    [Fact]
    public void Circuits_send_no_detailed_errors_outside_development_even_when_configured()
    {
        var production = InProduction(("DetailedErrors", "true"));
        var development = factory.WithWebHostBuilder(b => b.UseSetting("DetailedErrors", "true"));

        production.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors.ShouldBeFalse();
        development.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors.ShouldBeTrue();
    }

    private Task<HttpContext> SendFrom(TestServer server, string address, string path, string? forwardedFor = null) =>
        server.SendAsync(context =>
        {
            context.Request.Headers.Authorization = $"Bearer {factory.AdminToken}";
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });

    /// <summary>The body of the answer to a request that throws inside the app's pipeline (behind its error handler).</summary>
    private static async Task<string> Failing(WebApplicationFactory<Program> app, string message)
    {
        var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowingEndpoint("/test/fail", message))));
        using var response = await failing.CreateClient().GetAsync("/test/fail");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Appends, after the app's own pipeline, a step that throws for one path no endpoint answers.</summary>
    private sealed class ThrowingEndpoint(string path, string message) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == path ? throw new InvalidOperationException(message) : Task.CompletedTask);
        };
    }
}
