# The RouterOS emulator in a container: SSH 22, API 8728/8729, REST 80/443, IKE 500/4500 (udp).
# Build: docker build -t routeros-emulator .
# Offline labs build their own base images and switch them with the build arguments, e.g. (tools/docker-local-base.sh
# makes local/debian-jdk17 with debootstrap; DockerImageTest builds and runs this file that way):
#   docker build --network host --build-arg BUILD_IMAGE=local/debian-jdk17 --build-arg RUNTIME_IMAGE=local/debian-jdk17 .
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml .
COPY hw-profiles hw-profiles
COPY ipsec-engine ipsec-engine
COPY emulator-shell emulator-shell
COPY api-server api-server
COPY e2e e2e
RUN mvn -B -q -DskipTests package -pl api-server -am

FROM ${RUNTIME_IMAGE}
COPY --from=build /src/api-server/target/routeros-emulator.jar /opt/routeros-emulator/routeros-emulator.jar
VOLUME /data
EXPOSE 22 80 443 8728 8729 500/udp 4500/udp
ENTRYPOINT ["java", "-jar", "/opt/routeros-emulator/routeros-emulator.jar", "--data-dir", "/data"]
