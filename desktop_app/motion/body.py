"""The body as a MuJoCo model: rigid bones of fixed length, joints with anatomical ranges.

`resources/body/body.xml` is the model and `resources/body/poses.toml` the relaxed reference
angles. Every capsule of the model is a bone of the pose export; its ends are the model's sites,
which are the export's joints. Loading is cached: the model is parsed once per process.
"""

from __future__ import annotations

import functools
import hashlib
import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from desktop_app.paths import bundled_dir

if TYPE_CHECKING:
    import mujoco

Arms = Literal["overhead", "along_body"]
SIDES = ("left", "right")
ARMS_CHOICES: tuple[Arms, ...] = ("overhead", "along_body")

# The export's joints, in the order the export has always listed them; the model's other sites
# (heels, the ends of the trunk's transverse bones) follow.
JOINT_NAMES: tuple[str, ...] = (
    "head",
    "neck",
    "shoulders",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hand",
    "right_hand",
    "mid_back",
    "lower_back",
    "pelvis",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
    "left_foot",
    "right_foot",
)
# MJCF joints the choreography sets (stiff actuators); every other joint is muscle tone.
TWIST_JOINTS: dict[str, tuple[str, str]] = {
    # joint: (spine node it turns, node below it)
    "lumbar_twist": ("lower_back", "pelvis"),
    "thorax_twist": ("mid_back", "lower_back"),
    "girdle_twist": ("shoulders", "mid_back"),
}
# The head's turn relative to the shoulders is shared by the neck and the head-on-neck joint.
NECK_TWIST_JOINTS: tuple[str, str] = ("neck_twist", "head_twist")


def body_dir() -> Path:
    return bundled_dir("resources") / "body"


@dataclass(frozen=True, slots=True)
class Bone:
    """A capsule between two joints of the export."""

    name: str
    start: str
    end: str
    radius_m: float

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "from": self.start, "to": self.end, "radius_m": self.radius_m}


class BodyModel:
    """The MJCF model with its names resolved to indices once."""

    def __init__(self, xml_path: Path, poses_path: Path) -> None:
        import mujoco

        self.xml_text = xml_path.read_text(encoding="utf-8")
        self.poses_text = poses_path.read_text(encoding="utf-8")
        self.model: mujoco.MjModel = mujoco.MjModel.from_xml_string(self.xml_text)
        m = self.model
        self.site_names = tuple(m.site(i).name for i in range(m.nsite))
        extras = tuple(name for name in self.site_names if name not in JOINT_NAMES)
        self.joint_names: tuple[str, ...] = JOINT_NAMES + extras
        self.site_order = np.array([self.site_names.index(name) for name in self.joint_names])
        self.actuator = {m.actuator(i).name: i for i in range(m.nu)}
        self.qpos_adr = {m.joint(i).name: int(m.jnt_qposadr[i]) for i in range(m.njnt)}
        self.bones = self._bones()
        self.body_index = {m.body(i).name: i for i in range(m.nbody)}
        pelvis = m.geom("pelvis")
        # The pelvis rolls on its own capsule: radius and half-length of its straight part.
        self.pelvis_radius = float(pelvis.size[0])
        self.pelvis_half_length = float(pelvis.size[1])
        self.poses = tomllib.loads(self.poses_text)

    @property
    def fingerprint(self) -> str:
        """Changes whenever the model or its reference poses change (for caches)."""
        digest = hashlib.sha256(self.xml_text.encode("utf-8"))
        digest.update(self.poses_text.encode("utf-8"))
        return digest.hexdigest()[:16]

    def _bones(self) -> tuple[Bone, ...]:
        """Each capsule's ends matched to the sites at them; `start` is the end nearer the
        body's own origin (the proximal joint)."""
        import mujoco

        m = self.model
        data = mujoco.MjData(m)
        mujoco.mj_forward(m, data)
        bones = []
        for g in range(m.ngeom):
            if m.geom_type[g] != mujoco.mjtGeom.mjGEOM_CAPSULE:
                continue
            radius, half = float(m.geom_size[g, 0]), float(m.geom_size[g, 1])
            centre = data.geom_xpos[g]
            axis = data.geom_xmat[g].reshape(3, 3)[:, 2]
            ends = []
            for end in (centre - half * axis, centre + half * axis):
                distance = np.linalg.norm(data.site_xpos - end, axis=1)
                nearest = int(distance.argmin())
                if distance[nearest] > 1e-6:
                    raise ValueError(
                        f"{m.geom(g).name}: a bone's end must be a site of resources/body/body.xml"
                    )
                ends.append(self.site_names[nearest])
            origin = data.xpos[m.geom_bodyid[g]]
            near, far = sorted(
                ends, key=lambda name: float(np.linalg.norm(data.site(name).xpos - origin))
            )
            bones.append(Bone(m.geom(g).name, near, far, radius))
        return tuple(bones)

    def reference_degrees(self, arms: Arms) -> dict[str, float]:
        """Relaxed reference angles by MJCF joint name for an arm position."""
        if arms not in ARMS_CHOICES:
            raise ValueError(f"arms must be one of {', '.join(ARMS_CHOICES)}, not {arms!r}")
        reference = {name: 0.0 for name in self.qpos_adr}
        reference.update(self.poses.get("relaxed", {}))
        reference.update(self.poses.get("arms", {}).get(arms, {}))
        unknown = set(reference) - set(self.qpos_adr)
        if unknown:
            raise ValueError(f"resources/body/poses.toml names no joint {sorted(unknown)}")
        return reference

    @functools.cached_property
    def side_lying(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """For each limb group ("arm_on_top", ...): the actuator indices and the extra targets
        (radians) for the left and the right limb, as rows of a 2 x n array."""
        out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for group, table in self.poses.get("side_lying", {}).items():
            names = list(table)
            index = np.array(
                [[self._actuator_for(f"{side}_{name}") for name in names] for side in SIDES]
            )
            out[group] = (index, np.radians(np.array([float(table[n]) for n in names])))
        return out

    def _actuator_for(self, name: str) -> int:
        if name not in self.actuator:
            raise ValueError(f"resources/body/poses.toml: no joint {name!r} in the body model")
        return self.actuator[name]

    def reference_ctrl(self, arms: Arms) -> np.ndarray:
        """The actuators' relaxed targets (radians), in actuator order."""
        ctrl = np.zeros(self.model.nu)
        for name, degrees in self.reference_degrees(arms).items():
            if name in self.actuator:
                ctrl[self.actuator[name]] = math.radians(degrees)
        return ctrl


@functools.cache
def load_body() -> BodyModel:
    folder = body_dir()
    return BodyModel(folder / "body.xml", folder / "poses.toml")
