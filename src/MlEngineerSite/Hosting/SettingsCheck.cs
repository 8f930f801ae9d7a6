using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MlEngineerSite.Hosting;

/// <summary>
/// Settings outside the host. The server registers every settings class one way:
/// <c>AddOptions&lt;T&gt;().Bind(section).ValidateDataAnnotations().ValidateOnStart()</c>, read through
/// <see cref="IOptions{TOptions}"/>. A command, which runs without a host, binds the same section
/// and checks it with this, the same data annotations, so a bad setting says the same thing.
/// </summary>
public static class SettingsCheck
{
    public static T Valid<T>(T settings, string sectionName)
        where T : class
    {
        var failures = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), failures, validateAllProperties: true))
        {
            throw new OptionsValidationException(sectionName, typeof(T), failures.Select(f => $"{sectionName}: {f.ErrorMessage}"));
        }

        return settings;
    }
}
