package org.packagecatalogue.deploy;

import static org.junit.jupiter.api.Assertions.*;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps k8s/ true: every manifest parses into the Kubernetes object model with no unknown field, the
 * overlays render, and what can drift from the application is checked against its configuration.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "Deployment", Deployment.class,
            "Service", Service.class,
            "ConfigMap", ConfigMap.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class,
            "NetworkPolicy", NetworkPolicy.class,
            "Job", Job.class);
    /** Custom resources of operators: parsed generically (no model to be strict with). */
    private static final Set<String> CUSTOM_KINDS = Set.of("Cluster");

    @Test
    void everyManifestFileParsesStrictly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(K8S)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            for (Map<String, Object> object : Kustomization.read(file)) {
                typed(object, file.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theRenderedManifestsMatchTheApplication(String kustomization) throws IOException {
        Rendered rendered = Rendered.of(K8S.resolve(kustomization));
        assertEquals(List.of(), problems(rendered), kustomization);
    }

    @Test
    void theOverlaysRenderWhatTheyPromise() throws IOException {
        Rendered dev = Rendered.of(K8S.resolve("overlays/dev"));
        Rendered prod = Rendered.of(K8S.resolve("overlays/prod"));
        assertEquals("package-catalogue-dev", dev.deployment().getMetadata().getNamespace());
        assertEquals("package-catalogue", prod.deployment().getMetadata().getNamespace());
        assertEquals(1, dev.deployment().getSpec().getReplicas());
        assertEquals(3, prod.deployment().getSpec().getReplicas());
        assertEquals("registry.example.com/package-catalogue:0.1.0", prod.container().getImage());
        assertEquals(3, prod.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas());
        assertTrue(dev.objects().stream().anyMatch(o -> o instanceof GenericKubernetesResource r && r.getKind().equals("Cluster")),
                "dev brings its PostgreSQL (CloudNativePG example)");
        assertTrue(prod.objects().stream().noneMatch(o -> o instanceof GenericKubernetesResource), "prod uses an external PostgreSQL");
    }

    // --- the test of the test: each check fails when what it guards is removed ----------------

    @Test
    void theChecksNoticeWhatDrifts() throws IOException {
        assertNoticed(r -> r.container().setReadinessProbe(null), "readiness");
        assertNoticed(r -> r.container().getLivenessProbe().getHttpGet().setPath("/health"), "liveness");
        assertNoticed(r -> r.container().getStartupProbe().getHttpGet().setPort(new io.fabric8.kubernetes.api.model.IntOrString(9000)), "startup");
        assertNoticed(r -> r.container().getResources().getLimits().remove("memory"), "limits");
        assertNoticed(r -> r.container().getResources().setRequests(null), "requests");
        assertNoticed(r -> r.container().getSecurityContext().setReadOnlyRootFilesystem(false), "read-only root");
        assertNoticed(r -> r.container().getSecurityContext().getCapabilities().setDrop(List.of()), "capabilities");
        assertNoticed(r -> r.container().setArgs(List.of()), "-Xmx");
        assertNoticed(r -> r.container().setLifecycle(null), "preStop");
        assertNoticed(r -> r.deployment().getSpec().getTemplate().getSpec().setTerminationGracePeriodSeconds(10L), "terminationGracePeriodSeconds");
        assertNoticed(r -> r.one(ConfigMap.class).getData().remove("QUARKUS_DATASOURCE_JDBC_URL"), "JDBC");
        assertNoticed(r -> r.one(ConfigMap.class).getData().put("CATALOGUE_NO_SUCH_SETTING", "1"), "CATALOGUE_NO_SUCH_SETTING");
        assertNoticed(r -> r.container().getVolumeMounts().get(0).setMountPath("/etc/keys"), "JWT");
        assertNoticed(r -> r.one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels().put("tier", "x"), "PodDisruptionBudget");
        assertNoticed(r -> r.one(HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef().setName("other"), "HorizontalPodAutoscaler");
        assertNoticed(r -> r.container().getEnv().get(0).getValueFrom().getSecretKeyRef().setKey("user"), "Secret");
        assertNoticed(r -> r.objects().remove(r.one(Job.class)), "migrate");
        assertNoticed(r -> r.migration().setImage("other:1"), "image");
        assertNoticed(r -> r.migration().getEnv().removeIf(e -> e.getName().equals("QUARKUS_INIT_AND_EXIT")), "QUARKUS_INIT_AND_EXIT");
        assertNoticed(r -> r.migration().getEnv().get(4).getValueFrom().getSecretKeyRef().setName("other-db"), "credentials");
        assertNoticed(r -> r.migration().setArgs(List.of("-Xmx1g")), "-Xmx");
    }

    private void assertNoticed(Consumer<Rendered> breakIt, String expected) throws IOException {
        Rendered rendered = Rendered.of(K8S.resolve("overlays/prod"));
        breakIt.accept(rendered);
        List<String> problems = problems(rendered);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem about '" + expected + "', got " + problems);
    }

    @Test
    void anUnknownFieldFailsTheParse() {
        Map<String, Object> typo = Map.of("apiVersion", "v1", "kind", "Service",
                "metadata", Map.of("name", "x"), "spec", Map.of("selectr", Map.of("a", "b")));
        AssertionError error = assertThrows(AssertionError.class, () -> typed(new java.util.LinkedHashMap<>(typo), "inline"));
        assertTrue(error.getMessage().contains("selectr"), error.getMessage());
    }

    // --- the checks ----------------------------------------------------------------------------

    record Rendered(List<HasMetadata> objects) {
        static Rendered of(Path dir) throws IOException {
            List<HasMetadata> objects = new ArrayList<>();
            for (Map<String, Object> object : Kustomization.render(dir)) {
                objects.add(typed(object, dir.toString()));
            }
            return new Rendered(objects);
        }

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> all = objects.stream().filter(type::isInstance).map(type::cast).toList();
            assertEquals(1, all.size(), "one " + type.getSimpleName());
            return all.get(0);
        }

        Deployment deployment() {
            return one(Deployment.class);
        }

        Container container() {
            return deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
        }

        Container migration() {
            return one(Job.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        }
    }

    private static List<String> problems(Rendered rendered) throws IOException {
        Properties app = applicationProperties();
        List<String> problems = new ArrayList<>();
        Deployment deployment = rendered.deployment();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        ConfigMap config = rendered.one(ConfigMap.class);
        int httpPort = Integer.parseInt(app.getProperty("quarkus.http.port", "8080"));
        Set<String> secretKeys = documentedSecretKeys(rendered);
        String health = "/" + app.getProperty("quarkus.http.non-application-root-path", "q") + "/"
                + app.getProperty("quarkus.smallrye-health.root-path", "health");

        checkMigrations(problems, rendered, config, app);
        for (Container c : pod.getContainers()) {
            checkProbe(problems, c, "startup", c.getStartupProbe(), health + "/started", httpPort);
            checkProbe(problems, c, "liveness", c.getLivenessProbe(), health + "/live", httpPort);
            checkProbe(problems, c, "readiness", c.getReadinessProbe(), health + "/ready", httpPort);
            for (String kind : List.of("requests", "limits")) {
                Map<String, Quantity> amounts = kind.equals("requests") ? (c.getResources() == null ? null : c.getResources().getRequests())
                        : (c.getResources() == null ? null : c.getResources().getLimits());
                if (amounts == null || !amounts.containsKey("cpu") || !amounts.containsKey("memory")) {
                    problems.add(c.getName() + ": resource " + kind + " need cpu and memory");
                }
            }
            var security = c.getSecurityContext();
            boolean nonRoot = (security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()))
                    || (pod.getSecurityContext() != null && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot()));
            if (!nonRoot) {
                problems.add(c.getName() + ": must run as non-root");
            }
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                problems.add(c.getName() + ": needs a read-only root filesystem");
            }
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                problems.add(c.getName() + ": must not allow privilege escalation");
            }
            if (security == null || security.getCapabilities() == null || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(c.getName() + ": must drop all capabilities");
            }
            checkHeap(problems, c);
            checkShutdown(problems, c, pod, config, app);
            checkEnvironment(problems, c, secretKeys, config, app);
            checkJwtKeys(problems, c, pod, secretKeys, app);
        }
        Service service = rendered.one(Service.class);
        if (!podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet())) {
            problems.add("Service selects no pod of the Deployment");
        }
        if (!podLabels.entrySet().containsAll(rendered.one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels().entrySet())) {
            problems.add("PodDisruptionBudget selects no pod of the Deployment");
        }
        NetworkPolicy policy = rendered.one(NetworkPolicy.class);
        if (!podLabels.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet())
                || policy.getSpec().getIngress().stream().flatMap(i -> i.getPorts().stream()).noneMatch(p -> p.getPort().getIntVal() == httpPort)) {
            problems.add("NetworkPolicy does not let HTTP reach the pods on " + httpPort);
        }
        var target = rendered.one(HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef();
        if (!"Deployment".equals(target.getKind()) || !deployment.getMetadata().getName().equals(target.getName())) {
            problems.add("HorizontalPodAutoscaler does not scale the Deployment");
        }
        return problems;
    }

    private static void checkProbe(List<String> problems, Container c, String kind, Probe probe, String path, int httpPort) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(c.getName() + ": no " + kind + " probe");
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(c.getName() + ": " + kind + " probe path " + probe.getHttpGet().getPath() + " is not " + path);
        }
        var port = probe.getHttpGet().getPort();
        Integer number = port.getIntVal() != null ? port.getIntVal()
                : c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).map(p -> p.getContainerPort()).findFirst().orElse(null);
        if (!Objects.equals(number, httpPort)) {
            problems.add(c.getName() + ": " + kind + " probe port " + port + " is not the application's HTTP port " + httpPort);
        }
    }

    /** The native binary does not read cgroup limits: an explicit -Xmx, under the memory limit. */
    private static void checkHeap(List<String> problems, Container c) {
        String xmx = c.getArgs() == null ? null : c.getArgs().stream().filter(a -> a.startsWith("-Xmx")).findFirst().orElse(null);
        if (xmx == null) {
            problems.add(c.getName() + ": needs an explicit -Xmx (the native binary ignores cgroup limits)");
            return;
        }
        Quantity limit = c.getResources() == null || c.getResources().getLimits() == null ? null : c.getResources().getLimits().get("memory");
        if (limit != null) {
            BigDecimal heap = Quantity.getAmountInBytes(new Quantity(xmx.substring(4).toUpperCase().replace("M", "Mi").replace("G", "Gi")));
            if (heap.compareTo(Quantity.getAmountInBytes(limit).multiply(new BigDecimal("0.8"))) > 0) {
                problems.add(c.getName() + ": -Xmx " + xmx + " leaves too little of the memory limit " + limit);
            }
        }
    }

    /**
     * Replicas that do not migrate at start need the migration Job: the same image, initialising (Flyway)
     * and exiting, on the same database with the same credentials, within its memory.
     */
    private static void checkMigrations(List<String> problems, Rendered rendered, ConfigMap config, Properties app) {
        boolean replicasMigrate = Boolean.parseBoolean(config.getData().getOrDefault("QUARKUS_FLYWAY_MIGRATE_AT_START",
                app.getProperty("quarkus.flyway.migrate-at-start", "false")));
        List<Job> jobs = rendered.objects().stream().filter(Job.class::isInstance).map(Job.class::cast).toList();
        if (replicasMigrate) {
            return;
        }
        if (jobs.size() != 1) {
            problems.add("the replicas do not migrate at start, so one migrate Job is needed, found " + jobs.size());
            return;
        }
        Container job = jobs.get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        Container replica = rendered.container();
        if (!Objects.equals(job.getImage(), replica.getImage())) {
            problems.add("the migrate Job runs image " + job.getImage() + ", not the replicas' " + replica.getImage());
        }
        Map<String, String> env = new java.util.HashMap<>();
        job.getEnv().stream().filter(e -> e.getValue() != null).forEach(e -> env.put(e.getName(), e.getValue()));
        if (!"true".equals(env.get("QUARKUS_INIT_AND_EXIT")) || !"true".equals(env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"))) {
            problems.add("the migrate Job must set QUARKUS_INIT_AND_EXIT and QUARKUS_FLYWAY_MIGRATE_AT_START to true");
        }
        if (job.getEnvFrom() == null || job.getEnvFrom().stream().noneMatch(f -> f.getConfigMapRef() != null
                && config.getMetadata().getName().equals(f.getConfigMapRef().getName()))) {
            problems.add("the migrate Job must read the replicas' ConfigMap (their database)");
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            if (!Objects.equals(secretRef(job, variable), secretRef(replica, variable))) {
                problems.add("the migrate Job's " + variable + " comes from other credentials than the replicas'");
            }
        }
        checkHeap(problems, job);
    }

    private static String secretRef(Container c, String variable) {
        return c.getEnv() == null ? null : c.getEnv().stream().filter(e -> e.getName().equals(variable) && e.getValueFrom() != null
                        && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey())
                .findFirst().orElse(null);
    }

    private static void checkShutdown(List<String> problems, Container c, PodSpec pod, ConfigMap config, Properties app) {
        if (c.getLifecycle() == null || c.getLifecycle().getPreStop() == null || c.getLifecycle().getPreStop().getSleep() == null) {
            problems.add(c.getName() + ": needs a preStop pause so load balancers stop sending first");
            return;
        }
        long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
        long delay = seconds(config.getData().getOrDefault("QUARKUS_SHUTDOWN_DELAY", app.getProperty("quarkus.shutdown.delay")));
        long timeout = seconds(config.getData().getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", app.getProperty("quarkus.shutdown.timeout")));
        Long grace = pod.getTerminationGracePeriodSeconds();
        if (grace == null || grace < preStop + delay + timeout) {
            problems.add("terminationGracePeriodSeconds " + grace + " is shorter than preStop + shutdown delay + timeout ("
                    + (preStop + delay + timeout) + " s)");
        }
    }

    private static long seconds(String duration) {
        return Duration.parse("PT" + duration.toUpperCase()).toSeconds();
    }

    /** Every key read exists; every CATALOGUE_* setting is one the application has. */
    private static void checkEnvironment(List<String> problems, Container c, Set<String> secretKeys, ConfigMap config, Properties app) {
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null && !from.getConfigMapRef().getName().equals(config.getMetadata().getName())) {
                problems.add(c.getName() + ": reads ConfigMap " + from.getConfigMapRef().getName() + ", which is not rendered");
            }
        }
        for (EnvVar env : c.getEnv()) {
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                var ref = env.getValueFrom().getSecretKeyRef();
                if (!secretKeys.contains(ref.getName() + "/" + ref.getKey())) {
                    problems.add(c.getName() + ": reads Secret key " + ref.getName() + "/" + ref.getKey() + ", which no one provides");
                }
            }
            if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null
                    && !config.getData().containsKey(env.getValueFrom().getConfigMapKeyRef().getKey())) {
                problems.add(c.getName() + ": reads ConfigMap key " + env.getValueFrom().getConfigMapKeyRef().getKey() + ", which is missing");
            }
        }
        if (!config.getData().containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            problems.add("ConfigMap: no QUARKUS_DATASOURCE_JDBC_URL (the packaged application needs an external database)");
        }
        Set<String> known = new java.util.HashSet<>();
        for (String property : app.stringPropertyNames()) {
            String key = property.startsWith("%") ? property.substring(property.indexOf('.') + 1) : property;
            known.add(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        for (String key : config.getData().keySet()) {
            if (key.startsWith("CATALOGUE_") && !known.contains(key)) {
                problems.add("ConfigMap: " + key + " is not a setting of the application");
            }
        }
    }

    /** Secrets are not committed: the ones the deployment may read are those documented in its header, or made by an operator. */
    private static Set<String> documentedSecretKeys(Rendered rendered) throws IOException {
        Set<String> keys = new java.util.HashSet<>();
        for (String line : Files.readAllLines(K8S.resolve("base/deployment.yaml"))) {
            var m = java.util.regex.Pattern.compile("^#\\s+(package-catalogue-[a-z-]+)\\s+keys: (.*)$").matcher(line);
            if (m.find()) {
                for (String key : m.group(2).replaceAll("\\(.*?\\)", "").split(",")) {
                    keys.add(m.group(1) + "/" + key.strip());
                }
            }
        }
        // CloudNativePG makes <cluster>-app with username and password
        for (HasMetadata object : rendered.objects()) {
            if (object instanceof GenericKubernetesResource r && r.getKind().equals("Cluster")) {
                keys.add(r.getMetadata().getName() + "-app/username");
                keys.add(r.getMetadata().getName() + "-app/password");
            }
        }
        return keys;
    }

    /** The mounted JWT key files are where the packaged application reads them. */
    private static void checkJwtKeys(List<String> problems, Container c, PodSpec pod, Set<String> secretKeys, Properties app) {
        Set<String> mounted = new java.util.HashSet<>();
        for (VolumeMount mount : c.getVolumeMounts()) {
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
            if (volume != null && volume.getSecret() != null) {
                for (KeyToPath item : volume.getSecret().getItems()) {
                    mounted.add(mount.getMountPath() + "/" + item.getPath());
                    if (!secretKeys.contains(volume.getSecret().getSecretName() + "/" + item.getKey())) {
                        problems.add(c.getName() + ": mounts Secret key " + volume.getSecret().getSecretName() + "/" + item.getKey() + ", which no one provides");
                    }
                }
            }
        }
        for (String property : List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.sign.key.location")) {
            if (!mounted.contains(app.getProperty(property))) {
                problems.add(c.getName() + ": the JWT key " + app.getProperty(property) + " (" + property + ") is not mounted");
            }
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    // --- strict parsing ------------------------------------------------------------------------

    private static HasMetadata typed(Map<String, Object> object, String source) {
        String kind = String.valueOf(object.get("kind"));
        if (CUSTOM_KINDS.contains(kind)) {
            return Kustomization.YAML.convertValue(object, GenericKubernetesResource.class);
        }
        Class<? extends HasMetadata> model = MODELS.get(kind);
        if (model == null) {
            throw new AssertionError(source + ": no model for kind " + kind);
        }
        HasMetadata typed = Kustomization.YAML.convertValue(object, model);
        List<String> unknown = new ArrayList<>();
        unknownFields(typed, kind, unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new AssertionError(source + ": unknown fields " + unknown);
        }
        return typed;
    }

    /** The models keep unknown fields in additionalProperties: strict means every one of those is empty. */
    private static void unknownFields(Object node, String path, List<String> unknown, IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = getter.invoke(node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(path + "." + k));
                    }
                } else {
                    unknownFields(value, path + "." + getter.getName().substring(3), unknown, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
