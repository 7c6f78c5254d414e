using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfraDesigner.Web.Tests.Mediation;

public sealed class SenderTests
{
    public sealed record Echo(string Text) : IRequest<string>;

    public sealed class EchoHandler : IRequestHandler<Echo, string>
    {
        public Task<string> Handle(Echo request, CancellationToken cancellationToken) => Task.FromResult(request.Text);
    }

    public sealed class EchoValidator : IValidator<Echo>
    {
        public IEnumerable<FieldError> Validate(Echo request) =>
            request.Text.Length == 0 ? [new FieldError("text", "Say something.")] : [];
    }

    public sealed record Unhandled : IRequest<int>;

    public sealed class Recorder
    {
        public List<string> Calls { get; } = [];
    }

    public sealed class RecordingBehavior<TRequest, TResponse>(Recorder recorder) : IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
    {
        public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
        {
            recorder.Calls.Add("before " + typeof(TRequest).Name);
            var response = await next();
            recorder.Calls.Add("after " + typeof(TRequest).Name);
            return response;
        }
    }

    private static (ISender Sender, Recorder Recorder) Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddMediation(typeof(SenderTests).Assembly);
        services.AddSingleton<Recorder>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RecordingBehavior<,>));
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ISender>(), provider.GetRequiredService<Recorder>());
    }

    [Fact]
    public async Task A_request_reaches_its_handler_through_every_behaviour()
    {
        var (sender, recorder) = Build();

        (await sender.Send(new Echo("hello"))).ShouldBe("hello");
        recorder.Calls.ShouldBe(["before Echo", "after Echo"]);
    }

    [Fact]
    public async Task An_invalid_request_never_reaches_its_handler()
    {
        var (sender, recorder) = Build();

        var rejected = await Should.ThrowAsync<RequestValidationException>(() => sender.Send(new Echo("")));

        rejected.Errors.ShouldBe([new FieldError("text", "Say something.")]);
        rejected.ToDictionary()["text"].ShouldBe(["Say something."]);
        recorder.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_without_a_handler_names_the_missing_handler()
    {
        var (sender, _) = Build();

        var missing = await Should.ThrowAsync<InvalidOperationException>(() => sender.Send(new Unhandled()));

        missing.Message.ShouldBe("No handler is registered for Unhandled.");
    }
}
