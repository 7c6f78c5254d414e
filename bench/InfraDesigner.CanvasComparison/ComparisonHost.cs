using InfraDesigner.Web;

namespace InfraDesigner.CanvasComparison;

/// <summary>The app exactly as src/InfraDesigner.Web/Program.cs starts it, serving this assembly's page too.</summary>
public static class ComparisonHost
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(new AdditionalPages([typeof(ComparisonHost).Assembly]));
        builder.Services.AddInfraDesignerWeb(builder.Configuration);

        var app = builder.Build();
        app.UseInfraDesignerWeb();
        app.Run();
    }
}
