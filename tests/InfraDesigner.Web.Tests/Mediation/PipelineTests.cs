using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Features.Editing;

namespace InfraDesigner.Web.Tests.Mediation;

/// <summary>The app's use cases go through Mediator with the validation behaviour in front of every handler.</summary>
public sealed class PipelineTests : EditingTestBase
{
    [Fact]
    public async Task A_valid_request_reaches_its_handler()
    {
        var id = await SendAsync(new CreateTopology("Lab", null));

        (await Store.LoadAsync(id)).ShouldNotBeNull().Name.ShouldBe("Lab");
    }

    [Fact]
    public async Task An_invalid_request_is_refused_with_its_field_and_never_reaches_its_handler()
    {
        var rejected = await Should.ThrowAsync<RequestValidationException>(() => SendAsync(new CreateTopology("  ", null)));

        rejected.ToDictionary().Keys.ShouldBe(["name"]);
        (await SendAsync(new ListTopologies())).ShouldBeEmpty();
    }

    [Fact]
    public void Every_request_of_the_app_has_its_handler()
    {
        var requests = typeof(CreateTopology).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));
        var handled = typeof(CreateTopology).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0]);

        requests.Except(handled).ShouldBeEmpty();
    }
}
