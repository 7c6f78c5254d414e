using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace InfraDesigner.Web.Tests.Components;

public sealed class AccessRefusalsTests
{
    private static ISnackbar Toasts()
    {
        var bunit = new Bunit.BunitContext();
        bunit.Services.AddMudServices();
        return bunit.Services.GetRequiredService<ISnackbar>();
    }

    [Fact]
    public async Task A_refused_change_becomes_a_warning_toast_saying_what_access_it_needs()
    {
        var toasts = Toasts();

        var done = await toasts.OrRefusalToastAsync<bool>(() => throw new TopologyAccessDeniedException(TopologyAccess.Viewer, TopologyAccess.Owner));

        done.ShouldBeFalse();
        var toast = toasts.ShownSnackbars.ShouldHaveSingleItem();
        toast.Message.ShouldBe("You are a viewer of this topology; this needs the owner.");
        toast.Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public async Task An_allowed_change_answers_and_shows_nothing()
    {
        var toasts = Toasts();
        (await toasts.OrRefusalToastAsync(() => Task.FromResult(true))).ShouldBeTrue();
        toasts.ShownSnackbars.ShouldBeEmpty();
    }
}
