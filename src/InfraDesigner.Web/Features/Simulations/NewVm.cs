namespace InfraDesigner.Web.Features.Simulations;

/// <summary>A VM to place: its name, size, and where its disk goes (see <see cref="NewVmDatastore"/>).</summary>
public sealed record NewVm(string Name, int Vcpu = 2, double RamGb = 4, double DiskGb = 40, string? Datastore = null);
