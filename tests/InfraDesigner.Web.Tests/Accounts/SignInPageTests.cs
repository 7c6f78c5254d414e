using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfraDesigner.Web.Tests.Accounts;

/// <summary>The sign-up and sign-in pages as a browser posts them (antiforgery token and all), on a fresh install.</summary>
public sealed class SignInPageTests(FreshAppFactory factory) : IClassFixture<FreshAppFactory>
{
    private static readonly HtmlParser Parser = new();

    private HttpClient Browser(WebApplicationFactory<Program>? app = null) =>
        (app ?? factory).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fills the page's form the way a browser submits it: its hidden fields (antiforgery, handler) and the given inputs.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, params (string Name, string Value)[] fields)
    {
        var form = Parser.ParseDocument(await browser.GetStringAsync(page)).QuerySelector("form[method=post]").ShouldNotBeNull();
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).Concat(fields);
        return await browser.PostAsync(page, new FormUrlEncodedContent(values.Select(v => KeyValuePair.Create(v.Item1, v.Item2))));
    }

    [Fact]
    public async Task A_page_asked_for_without_an_account_goes_to_sign_in_and_the_api_says_401()
    {
        using var browser = Browser();
        var page = await browser.GetAsync("/topologies");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login?ReturnUrl=%2Ftopologies");
        (await browser.GetAsync("/api/topologies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_first_account_is_the_admin_and_sign_up_closes_after_it()
    {
        using var first = Browser();
        (await first.GetStringAsync("/account/login")).ShouldContain("There is no account yet.");

        var tooShort = await SubmitAsync(first, "/account/register", ("Input.Email", "ana@example.com"), ("Input.Password", "short1"));
        (await tooShort.Content.ReadAsStringAsync()).ShouldContain("Passwords must be at least 10 characters.");

        var created = await SubmitAsync(first, "/account/register", ("Input.Email", "ana@example.com"), ("Input.Password", "trainer-2026"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var me = await first.GetFromJsonAsync<JsonElement>("/api/account/me");
        me.GetProperty("email").GetString().ShouldBe("ana@example.com");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["admin"]);

        using var second = Browser();
        var closed = await second.GetStringAsync("/account/register");
        closed.ShouldContain("Sign-up is closed here: ask an admin for an account.");
        closed.ShouldNotContain("<form");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_field_and_sign_in_attempts_are_limited()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:SignInPermitLimit", "3"));
        using var browser = Browser(limited);
        var wrong = await SubmitAsync(browser, "/account/login", ("Input.Email", "nobody@example.com"), ("Input.Password", "not-the-password-1"));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("The email or password is wrong.");

        for (var i = 0; i < 2; i++) await browser.PostAsJsonAsync("/api/account/login", new { email = "nobody@example.com", password = "x" });
        var refused = await browser.PostAsJsonAsync("/api/account/login", new { email = "nobody@example.com", password = "x" });
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("More than 3 sign-in attempts in a minute");
    }
}
