using InfraDesigner.Web;

var builder = WebApplication.CreateBuilder(args);
// Serve wwwroot and wwwroot-assets straight from the build output in every environment (the browser
// tests run the built app as Production); a published app has no such manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddInfraDesignerWeb(builder.Configuration);

var app = builder.Build();
app.UseInfraDesignerWeb();
app.Run();

public partial class Program;
