package io.huntbook.kernel.magic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.jspecify.annotations.Nullable;

/**
 * Resolves Maven coordinates with their runtime dependencies the way Maven does for the user: their
 * {@code ~/.m2/settings.xml} (local repository, mirrors, proxies, server credentials, offline, active profiles'
 * repositories) and Maven Central unless a mirror replaces it.
 */
final class MavenResolver {
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final MagicOptions options;

    MavenResolver(MagicOptions options) {
        this.options = options;
    }

    /** Resolves {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version}) and their dependencies. */
    List<ResolvedArtifact> resolve(List<String> coordinates) {
        Settings settings = settings();
        RepositorySystem system = new RepositorySystemSupplier().get();
        try {
            var builder = new SessionBuilderSupplier(system).get()
                    .withLocalRepositoryBaseDirectories(localRepository(settings))
                    .setOffline(settings.isOffline())
                    .setSystemProperties(System.getProperties())
                    .setMirrorSelector(mirrors(settings))
                    .setProxySelector(proxies(settings))
                    .setAuthenticationSelector(authentication(settings));
            try (RepositorySystemSession.CloseableSession session = builder.build()) {
                List<Dependency> roots = new ArrayList<>();
                for (String coordinate : coordinates) {
                    roots.add(new Dependency(artifact(coordinate), "runtime"));
                }
                List<RemoteRepository> repositories = system.newResolutionRepositories(session,
                        repositories(settings));
                CollectRequest collect = new CollectRequest(roots, List.of(), repositories);
                DependencyRequest request = new DependencyRequest(collect,
                        DependencyFilterUtils.classpathFilter("runtime"));
                List<ResolvedArtifact> resolved = new ArrayList<>();
                for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                    Artifact artifact = result.getArtifact();
                    Path file = artifact.getPath();
                    resolved.add(new ResolvedArtifact(artifact.getGroupId(), artifact.getArtifactId(),
                            artifact.getVersion(), file.toAbsolutePath(), sha256(file)));
                }
                return resolved;
            }
        } catch (DependencyResolutionException e) {
            throw new MagicException("%maven " + String.join(" ", coordinates) + ": cannot resolve: "
                    + firstLine(e.getMessage()) + " (check the coordinates, ~/.m2/settings.xml and the network)", e);
        } finally {
            system.shutdown();
        }
    }

    private static DefaultArtifact artifact(String coordinate) {
        try {
            return new DefaultArtifact(coordinate);
        } catch (IllegalArgumentException e) {
            throw new MagicException("%maven " + coordinate + ": not Maven coordinates; write"
                    + " group:artifact:version, for example com.google.guava:guava:33.4.0-jre");
        }
    }

    private Settings settings() {
        Path user = options.settingsFile() != null ? options.settingsFile()
                : Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
        DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
        request.setSystemProperties(System.getProperties());
        if (Files.isRegularFile(user)) {
            request.setUserSettingsFile(user.toFile());
        }
        String mavenHome = System.getenv("MAVEN_HOME");
        if (mavenHome != null && Files.isRegularFile(Path.of(mavenHome, "conf", "settings.xml"))) {
            request.setGlobalSettingsFile(Path.of(mavenHome, "conf", "settings.xml").toFile());
        }
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new MagicException("%maven: cannot read Maven settings " + user + ": " + firstLine(e.getMessage())
                    + "; fix the file", e);
        }
    }

    private Path localRepository(Settings settings) {
        if (options.localRepository() != null) {
            return options.localRepository();
        }
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()) {
            return Path.of(settings.getLocalRepository());
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Central, then the repositories of the active profiles (by activeProfiles or activeByDefault). */
    private static List<RemoteRepository> repositories(Settings settings) {
        Set<String> active = new LinkedHashSet<>(settings.getActiveProfiles());
        List<RemoteRepository> repositories = new ArrayList<>();
        repositories.add(new RemoteRepository.Builder("central", "default", CENTRAL).build());
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active.contains(profile.getId()) || byDefault) {
                for (Repository repository : profile.getRepositories()) {
                    repositories.add(new RemoteRepository.Builder(repository.getId(),
                            repository.getLayout() == null ? "default" : repository.getLayout(),
                            repository.getUrl()).build());
                }
            }
        }
        return repositories;
    }

    private static DefaultMirrorSelector mirrors(Settings settings) {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (Mirror mirror : settings.getMirrors()) {
            selector.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false, mirror.isBlocked(),
                    mirror.getMirrorOf(), mirror.getMirrorOfLayouts());
        }
        return selector;
    }

    private static DefaultProxySelector proxies(Settings settings) {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (org.apache.maven.settings.Proxy proxy : settings.getProxies()) {
            if (!proxy.isActive()) {
                continue;
            }
            var auth = proxy.getUsername() == null ? null : new AuthenticationBuilder()
                    .addUsername(proxy.getUsername()).addPassword(proxy.getPassword()).build();
            selector.add(new org.eclipse.aether.repository.Proxy(proxy.getProtocol(), proxy.getHost(),
                    proxy.getPort(), auth), proxy.getNonProxyHosts());
        }
        return selector;
    }

    private static DefaultAuthenticationSelector authentication(Settings settings) {
        DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            if (server.getUsername() != null) {
                selector.add(server.getId(), new AuthenticationBuilder().addUsername(server.getUsername())
                        .addPassword(server.getPassword()).build());
            }
        }
        return selector;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
    }
}
